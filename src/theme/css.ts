import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag for the package's stylesheets: `css` from Lit, without what only
 * interpolated values need. Lit's tag checks that each value it is given is
 * itself a `css` result, so that no outside string becomes CSS. These
 * stylesheets are plain literals, and the tag takes no values (TypeScript
 * refuses an interpolation), so the CDN file does without that check.
 */
export const css = ([text]: TemplateStringsArray): CSSResult => unsafeCSS(text);
