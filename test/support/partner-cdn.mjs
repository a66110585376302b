// The partner test page's CDN route (served by partner-page.mjs), shared with
// tests that load the CDN files late from a page of their own. No Node APIs:
// browser tests import it too.

/**
 * A new visit's directory of the CDN files on the test server: the script
 * `scriptDelay` ms late, each language pack `packDelay` ms. Each visit has
 * URLs of its own: the dev server caches answers by URL, which would skip the
 * delays.
 */
export function lateCdn(scriptDelay, packDelay) {
  const visit = Math.random().toString(36).slice(2);
  return {
    visit,
    directory: `/test-partner/cdn/script-delay-${scriptDelay}/pack-delay-${packDelay}/visit-${visit}`,
  };
}
