import { css } from 'lit';

export const sourceCreditStyles = css`
  :host {
    --_font-size: var(--lede-source-credit-font-size, 0.875rem);
    --_color: var(--lede-source-credit-color, var(--_lede-color-muted));
    --_padding: var(--lede-source-credit-padding, 0);
  }
  .root {
    font-size: var(--_font-size);
    color: var(--_color);
    padding: var(--_padding);
  }
  p {
    margin: 0;
  }
  [part='list'],
  [part='publisher-name'] {
    color: var(--_lede-color-text);
  }
`;
