/**
 * Parses markup into an inert document: no script runs, nothing loads,
 * nothing is attached to the page. Under Trusted Types enforcement,
 * DOMParser accepts only TrustedHTML, so the strings go through a policy
 * named `lede-widgets` that is used for nothing else; a page that enforces
 * Trusted Types lists it (`trusted-types lit-html lede-widgets`).
 */

/** The little of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface HtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): HtmlPolicy;
}

let policy: HtmlPolicy | null | undefined;

function trusted(markup: string): string {
  if (policy === undefined) {
    try {
      const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
      policy = factory?.createPolicy('lede-widgets', { createHTML: (input: string) => input }) ?? null;
    } catch {
      // The page's CSP does not allow our policy: parsing will say so below.
      policy = null;
    }
  }
  return (policy ? policy.createHTML(markup) : markup) as string;
}

export function parseInert(markup: string, type: DOMParserSupportedType): Document {
  return new DOMParser().parseFromString(trusted(markup), type);
}
