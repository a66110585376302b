import { css } from 'lit';

/**
 * The stylesheet every element starts with: the shared styling surface. Partners theme every element through these
 * `--lede-*` properties (set them on the elements or any ancestor); elements
 * read them only through the private `--_lede-*` copies made here, so each
 * default is written once.
 *
 * Light and dark come from `color-scheme` and `light-dark()`: the elements
 * follow `prefers-color-scheme` unless `theme="light"` or `theme="dark"`
 * pins one. A token set by the partner wins in both schemes; to give a token
 * two values, set it to `light-dark(<light>, <dark>)`.
 */
export const baseStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
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
    --_lede-font-size: var(--lede-font-size, 1rem);
    --_lede-line-height: var(--lede-line-height, 1.5);
    --_lede-color-text: var(--lede-color-text, light-dark(#1b1c1f, #eceef2));
    --_lede-color-muted: var(--lede-color-muted, light-dark(#50545c, #b5bac4));
    --_lede-color-link: var(--lede-color-link, light-dark(#0b57b0, #8fc2ff));
    --_lede-color-accent: var(--lede-color-accent, light-dark(#b3141c, #ff8a8f));
    --_lede-color-surface: var(--lede-color-surface, light-dark(#ffffff, #16171a));
    --_lede-color-border: var(--lede-color-border, light-dark(#d5d8de, #3a3d44));
    --_lede-color-focus: var(--lede-color-focus, light-dark(#0b57b0, #8fc2ff));
    --_lede-space: var(--lede-space, 0.5rem);
    --_lede-radius: var(--lede-radius, 0.375rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }

  /*
   * Inherited properties are reset here, on the inner wrapper, and not on
   * :host: page CSS that sets them on the host (or its ancestors) must not
   * reach the content, while the host stays a normal box the page can place.
   */
  .root {
    box-sizing: border-box;
    color: var(--_lede-color-text);
    background: var(--_lede-color-surface);
    font-family: var(--_lede-font-family);
    font-size: var(--_lede-font-size);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    line-height: var(--_lede-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* "anywhere", not "break-word": it also lets grid and flex items shrink below a long word (Georgian, German, URLs). */
    overflow-wrap: anywhere;
    hyphens: manual;
    visibility: visible;
    cursor: auto;
    list-style: none;
    -webkit-text-fill-color: currentcolor;
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
