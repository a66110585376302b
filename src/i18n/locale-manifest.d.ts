/** The CDN build's virtual module (rollup.config.mjs): the sha384 integrity of locales/manifest.json. */
declare module 'lede:locale-manifest' {
  const integrity: string;
  export default integrity;
}
