import { css } from '../theme/css.js';

export const sourceCreditStyles = css`
  /* The reader's size (with a family, since medium monospace is smaller), not the page's. */
  .size {
    font-size: var(--_lede-font-size);
    font-family: var(--_lede-font-family);
  }
  .root {
    font-size: var(--lede-source-credit-font-size, 0.875em);
    color: var(--lede-source-credit-color, var(--_lede-color-muted));
    padding: var(--lede-source-credit-padding, 0);
    /* While the words load, the lines they will fill (one or two, set in render()); lines of base-styles.ts's line height. */
    min-block-size: calc(var(--_lines, 0) * var(--lede-line-height, 1.5) * 1em);
  }
  [part='list'],
  [part='publisher-name'] {
    color: var(--_lede-color-text);
  }
`;
