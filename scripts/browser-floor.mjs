// The oldest browsers the elements support: package.json `browserslist`,
// "Baseline widely available" as Vite 7 defines it for its default build
// target — Chrome and Edge 107, Firefox 104, Safari 16 (on iOS, every
// browser is Safari's engine). Safari 16 is also the last an iPhone 8 or X
// can run, phones readers keep for years. Read here for the builds' esbuild
// target and by the lint (scripts/eslint-browser-floor.mjs); below the floor
// the elements are not promised, and readers keep the partner's fallback links.
//
// Safari before 16.4 has no class static blocks, which esbuild writes for a
// static field under `useDefineForClassFields: false`. For those browsers it
// writes the fields after the class instead, and with them turns every
// private member of the class into a WeakMap: 0.8 KB brotli more, and slower.
// So the elements declare `styles` and `properties` as static getters, and
// test/node/browser-floor.test.mjs checks the CDN file for static blocks.
import browserslist from 'browserslist';

/** browserslist's names and MDN's, for the browsers the floor names. */
const MDN_NAME = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'safari_ios',
};
/** MDN's names and esbuild's. */
const ESBUILD_NAME = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  safari_ios: 'ios',
};

/** The oldest version of each browser in the floor, by MDN's names: `{ safari: 16, … }`. */
export function floorVersions(query = browserslist.loadConfig({ path: import.meta.dirname })) {
  const floor = {};
  for (const entry of browserslist(query)) {
    const [name, version] = entry.split(' ');
    const oldest = parseFloat(version);
    if (MDN_NAME[name] && !(floor[MDN_NAME[name]] <= oldest)) floor[MDN_NAME[name]] = oldest;
  }
  return floor;
}

/** The floor as esbuild's `target`: it lowers newer syntax for these browsers, and fails on what it cannot. */
export const BROWSER_TARGET = Object.entries(floorVersions()).map(
  ([browser, version]) => `${ESBUILD_NAME[browser]}${version}`,
);
