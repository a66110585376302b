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
  }
  [part='list'],
  [part='publisher-name'] {
    color: var(--_lede-color-text);
  }
`;
