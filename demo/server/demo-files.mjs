// The demo page asks for everything relative to itself (./cdn/…, ./integrity.json,
// ./custom-elements.json), so the same page works from the dev server and
// from the static build in dist/demo/. On the dev server those names map to
// the files `npm run build` wrote.
const ALIASES = [
  [/^\/demo\/cdn\//, '/dist/cdn/'],
  [/^\/demo\/integrity\.json$/, '/dist/cdn/integrity.json'],
  [/^\/demo\/custom-elements\.json$/, '/custom-elements.json'],
];

export function demoFiles(context, next) {
  for (const [pattern, target] of ALIASES) {
    if (pattern.test(context.path)) {
      context.url = context.url.replace(pattern, target);
      break;
    }
  }
  return next();
}
