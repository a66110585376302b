// Generates custom-elements.json from the elements' JSDoc (@summary @slot
// @csspart @cssprop @fires). scripts/check-manifest.mjs then checks it
// against what the elements really render and fire.

/** The analyzer also lists each `dispatchEvent(new X())` without a name; the @fires entries already name them. */
function dropNamelessEvents() {
  return {
    name: 'drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents()],
};
