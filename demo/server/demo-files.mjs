// The demo page asks for everything relative to itself (./cdn/…,
// ./integrity.json, ./custom-elements.json), so the same page works from a
// dev server and from the static build in dist/demo/. On a dev server those
// names map to the files of a build:
//
// - `demoFiles`: `npm run build`'s, in dist/ (the browser tests, beside the
//   static demo they also test);
// - `demoFilesIn('.demo-build')`: `npm start`'s (scripts/build-demo-server.mjs),
//   so that the demo never reads dist/ while `npm test` rebuilds it.

/** The middleware for a build with its CDN files in `cdn` and its manifest at `manifest`, both from the root. */
function demoFilesFrom({ cdn, manifest }) {
  const aliases = [
    [/^\/demo\/cdn\//, `/${cdn}/`],
    [/^\/demo\/integrity\.json$/, `/${cdn}/integrity.json`],
    [/^\/demo\/custom-elements\.json$/, `/${manifest}`],
  ];
  return function demoFiles(context, next) {
    for (const [pattern, target] of aliases) {
      if (pattern.test(context.path)) {
        context.url = context.url.replace(pattern, target);
        break;
      }
    }
    return next();
  };
}

export const demoFiles = demoFilesFrom({ cdn: 'dist/cdn', manifest: 'custom-elements.json' });

/** A build laid out as the static demo is: `dir`/cdn/ and `dir`/custom-elements.json. */
export const demoFilesIn = (dir) =>
  demoFilesFrom({ cdn: `${dir}/cdn`, manifest: `${dir}/custom-elements.json` });
