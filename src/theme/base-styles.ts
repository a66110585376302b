import { css } from './css.js';

/**
 * The stylesheet every element starts with: the shared styling surface. Partners theme every element through these
 * `--lede-*` properties (set them on the elements or any ancestor); elements
 * read them only through the private `--_lede-*` copies made here, so each
 * default is written once.
 *
 * Light and dark come from `color-scheme` and `light-dark()`: the elements
 * take the page's `color-scheme`, which they inherit, so a page that declares
 * none keeps them light even when the reader's system is dark (a dark card
 * on a white page), and a page with `color-scheme: light dark` has them
 * follow the reader; `theme="light"` or `theme="dark"` pins one. A token set by the partner wins in both schemes; to give a token
 * two values, set it to `light-dark(<light>, <dark>)`.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_lede-font-family: var(
      --lede-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Naskh Arabic',
      'Noto Sans Georgian',
      'Noto Sans Armenian',
      sans-serif
    );
    /* The reader's preferred size (\`medium\`), not the page's root: pages with
       html { font-size: 62.5% } are common. Every size inside is in em, from here. */
    --_lede-font-size: var(--lede-font-size, medium);
    --_lede-color-text: var(--lede-color-text, light-dark(#1b1c1f, #eceef2));
    --_lede-color-muted: var(--lede-color-muted, light-dark(#50545c, #b5bac4));
    --_lede-color-link: var(--lede-color-link, light-dark(#0b57b0, #8fc2ff));
    --_lede-color-accent: var(--lede-color-accent, light-dark(#b3141c, #ff8a8f));
    --_lede-color-surface: var(--lede-color-surface, light-dark(#ffffff, #16171a));
    --_lede-color-border: var(--lede-color-border, light-dark(#d5d8de, #3a3d44));
    --_lede-color-focus: var(--lede-color-focus, light-dark(#0b57b0, #8fc2ff));
    --_lede-space: var(--lede-space, 0.5em);
    --_lede-radius: var(--lede-radius, 0.375em);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /*
   * Browsers without light-dark() (before Chrome 123, Firefox 120, Safari
   * 17.5) cannot tell which scheme an element is in: there the elements are
   * light, and dark with theme="dark". The same colours as above.
   */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_lede-color-text: var(--lede-color-text, #1b1c1f);
      --_lede-color-muted: var(--lede-color-muted, #50545c);
      --_lede-color-link: var(--lede-color-link, #0b57b0);
      --_lede-color-accent: var(--lede-color-accent, #b3141c);
      --_lede-color-surface: var(--lede-color-surface, #ffffff);
      --_lede-color-border: var(--lede-color-border, #d5d8de);
      --_lede-color-focus: var(--lede-color-focus, #0b57b0);
    }
    :host([theme='dark']) {
      --_lede-color-text: var(--lede-color-text, #eceef2);
      --_lede-color-muted: var(--lede-color-muted, #b5bac4);
      --_lede-color-link: var(--lede-color-link, #8fc2ff);
      --_lede-color-accent: var(--lede-color-accent, #ff8a8f);
      --_lede-color-surface: var(--lede-color-surface, #16171a);
      --_lede-color-border: var(--lede-color-border, #3a3d44);
      --_lede-color-focus: var(--lede-color-focus, #8fc2ff);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* No browser default margins inside (paragraphs, headings, figure, list): each element spaces its own content. */
  * {
    margin: 0;
  }

  /*
   * Inherited properties are reset here, on the inner wrapper, and not on
   * :host: page CSS that sets them on the host (or its ancestors) must not
   * reach the content, while the host stays a normal box the page can place.
   * "all: initial" resets every one of them (fonts, spacing, transforms,
   * white space, word breaking, writing mode...), present and future; the
   * few the elements build on are then set, and each element's own styles
   * for its wrapper come after these.
   */
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    color: var(--_lede-color-text);
    background: var(--_lede-color-surface);
    font: var(--_lede-font-size) / var(--lede-line-height, 1.5) var(--_lede-font-family);
    /* "anywhere", not "break-word": it also lets grid and flex items shrink below a long word (Georgian, German, URLs). */
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_lede-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Read by screen readers, not shown: live regions, loading notes. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a:focus-visible {
    outline: 2px solid var(--_lede-color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
`;
