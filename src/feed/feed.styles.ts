import { css } from '../theme/css.js';

export const feedStyles = css`
  .root {
    background: transparent;
  }
  ol {
    display: grid;
    gap: var(--lede-feed-gap, calc(var(--_lede-space) * 2));
    padding: 0;
    list-style: none;
  }
  :host([layout='grid']) ol {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--lede-feed-min-column, 16em), 100%), 1fr));
  }
  li {
    min-width: 0;
  }
  .empty {
    padding: var(--_lede-space);
    color: var(--_lede-color-muted);
  }
`;
