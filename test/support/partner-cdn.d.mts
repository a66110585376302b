/** A new visit's directory of the CDN files on the test server, the script and the language packs this many ms late. */
export function lateCdn(scriptDelay: number, packDelay: number): { visit: string; directory: string };
