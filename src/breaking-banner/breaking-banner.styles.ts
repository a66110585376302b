import { css } from '../theme/css.js';

export const breakingBannerStyles = css`
  :host {
    --_label-color: var(--lede-banner-breaking-color, var(--_lede-color-accent));
    --_lines: var(--lede-banner-lines, 2);
  }
  :host([level='developing']) {
    --_label-color: var(--lede-banner-developing-color, light-dark(#9a4a00, #ffb36b));
  }
  :host([level='live']) {
    --_label-color: var(--lede-banner-live-color, light-dark(#a3125b, #ff8cc6));
  }
  :host([level='update']) {
    --_label-color: var(--lede-banner-update-color, var(--_lede-color-link));
  }
  /* Without light-dark(): light, and dark with theme="dark" (see base-styles.ts). */
  @supports not (color: light-dark(#000, #fff)) {
    :host([level='developing']) {
      --_label-color: var(--lede-banner-developing-color, #9a4a00);
    }
    :host([level='live']) {
      --_label-color: var(--lede-banner-live-color, #a3125b);
    }
    :host([level='developing'][theme='dark']) {
      --_label-color: var(--lede-banner-developing-color, #ffb36b);
    }
    :host([level='live'][theme='dark']) {
      --_label-color: var(--lede-banner-live-color, #ff8cc6);
    }
  }
  /*
   * The strip is always its reserved lines tall (see src/theme/pre-upgrade.css,
   * which gives the same box before the script runs): the text is cut to
   * them, never pushing the page down.
   */
  .root {
    position: relative;
    display: flex;
    align-items: center;
    box-sizing: content-box;
    min-block-size: calc(var(--_lines) * 1lh);
    padding: var(--lede-banner-padding, calc(var(--_lede-space) * 1.25) calc(var(--_lede-space) * 2));
    padding-inline-end: 2.75em;
    border-block-end: 3px solid var(--_label-color);
  }
  /* Without the lh unit (before Chrome 109, Firefox 120, Safari 16.4): the lines of the line height base-styles.ts sets. */
  @supports not (height: 1lh) {
    .root {
      min-block-size: calc(var(--_lines) * var(--lede-line-height, 1.5) * 1em);
    }
  }
  .lines {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
  }
  .lines > * {
    margin-inline-end: 1ch;
  }
  /* Smaller text on the line must not make the line taller than the reservation. */
  .label,
  time {
    line-height: 1;
    font-size: 0.875em;
  }
  /* With nothing left to show, the strip folds up before its space is given back. */
  .fold {
    transform-origin: top;
    animation: fold 0.2s forwards;
  }
  @keyframes fold {
    to {
      transform: scaleY(0);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .fold {
      animation-duration: 1ms;
    }
  }
  .label {
    color: var(--_label-color);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .headline {
    font-weight: 600;
  }
  .link {
    color: inherit;
  }
  time {
    color: var(--_lede-color-muted);
  }
  .dismiss {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: calc(var(--_lede-space) * 0.75);
    translate: 0 -50%;
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_lede-color-muted);
    font: inherit;
    cursor: pointer;
  }
  .dismiss:hover {
    background: var(--_lede-color-border);
    color: var(--_lede-color-text);
  }
  .dismiss:focus-visible {
    outline: 2px solid var(--_lede-color-focus);
    outline-offset: 1px;
  }
  /* The multiplication sign, as large as the cross drawn before it. */
  .dismiss span {
    font-size: 1.5em;
    line-height: 1;
  }
`;
