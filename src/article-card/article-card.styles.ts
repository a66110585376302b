import { css } from '../theme/css.js';

export const articleCardStyles = css`
  :host {
    --_gap: var(--lede-card-gap, calc(var(--_lede-space) * 1.5));
    --_padding: var(--lede-card-padding, calc(var(--_lede-space) * 1.5));
    --_headline-size: var(--lede-card-headline-font-size, 1.25em);
    --_summary-lines: var(--lede-card-summary-lines, 3);
    --_radius: var(--lede-card-radius, var(--_lede-radius));
    /*
     * The text's reserved height, the same while loading, before the script
     * runs (src/theme/pre-upgrade.css) and once the story shows: a line each
     * for kicker, byline and credit, the headline's and the summary's lines
     * (both clamped to them), the gaps and the padding. A story with less
     * leaves space at the card's end; nothing on the page moves either way.
     */
    --_summary-height: calc(var(--_summary-lines) * 1lh);
    --_summary-block: calc(var(--_summary-height) + var(--_gap) / 2);
    /* 3.5875em: the kicker, byline (0.8125em × 1.4 each) and credit (0.875em × 1.5) lines. */
    --_text: calc(
      3.5875em + var(--_gap) * 1.5 + var(--_headline-size) * 1.25 * var(--_headline-lines) +
        var(--_summary-block)
    );
    --_headline-lines: var(--lede-card-headline-lines, 3);
  }

  .root {
    position: relative;
    display: grid;
    align-content: start;
    border: 1px solid var(--_lede-color-border);
    border-radius: var(--_radius);
    /* Rounds the photo's corners with the card's. */
    overflow: hidden;
  }
  /* The reservation is the content box's: a hero's deeper padding adds to it, as it does to the stylesheet's. */
  .body {
    display: grid;
    gap: calc(var(--_gap) / 2);
    align-content: start;
    min-width: 0;
    min-block-size: var(--_text);
    padding: var(--_padding);
  }
  /* A small line each, empty or not: the pack's words wait in them while it loads (see render()). 1.4em: their line height. */
  .top,
  .byline {
    display: flex;
    flex-wrap: wrap;
    font-size: 0.8125em;
    line-height: 1.4;
    min-block-size: 1.4em;
  }
  .top {
    gap: 0.5ch 1ch;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .byline {
    gap: 0 1ch;
    color: var(--_lede-color-muted);
  }
  .kicker {
    color: var(--lede-card-kicker-color, var(--_lede-color-accent));
  }
  .flag {
    padding-inline: 0.5ch;
    border-radius: 2px;
    background: var(--_lede-color-accent);
    color: var(--_lede-color-surface);
  }

  .headline {
    font-size: var(--_headline-size);
    line-height: 1.25;
    font-weight: 700;
    color: var(--lede-card-headline-color, var(--_lede-color-text));
  }
  .headline,
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_headline-lines);
    overflow: hidden;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  /* The headline's link covers the whole card: one link, the whole card clickable. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .link:hover {
    text-decoration: underline;
  }
  /*
   * The ring goes round the whole card, which is what the link opens, in
   * place of the link's own. Without :has() (before Firefox 121) the link
   * keeps its ring, as every link has it (base styles).
   */
  @supports selector(:has(*)) {
    .link:focus-visible {
      outline: none;
    }
    .root:has(.link:focus-visible) {
      outline: 2px solid var(--_lede-color-focus);
      outline-offset: 2px;
    }
  }
  /* Other interactive content stays reachable above the covering link. */
  lede-source-credit {
    position: relative;
    z-index: 1;
    --lede-color-surface: transparent;
  }

  .summary {
    -webkit-line-clamp: var(--_summary-lines);
  }
  .authors + time::before {
    content: '·';
    margin-inline-end: 1ch;
  }

  /* Layouts */
  :host([layout='horizontal']) .root.has-photo {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    align-items: start;
  }
  :host([layout='compact']) {
    --_headline-size: var(--lede-card-headline-font-size, 1.0625em);
    --_summary-block: 0px;
  }
  :host([layout='hero']) {
    --_headline-size: var(--lede-card-headline-font-size, 1.75em);
  }
  :host([layout='hero']) .root.has-photo {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([layout='hero']) .root.has-photo > * {
    grid-area: 1 / 1;
  }
  /* The photo fills the card when the text's reservation is taller than 16:9 (both sizes set: no ratio widens it). */
  :host([layout='hero']) lede-photo::part(base),
  :host([layout='hero']) lede-photo::part(frame) {
    width: 100%;
    height: 100%;
  }
  :host([layout='hero']) .root.has-photo .body {
    align-self: end;
    z-index: 0;
    padding-block-start: calc(var(--_padding) * 3);
    /* A scrim keeps white text readable on any photo. */
    background: linear-gradient(to bottom, transparent, rgb(0 0 0 / 0.8) 35%);
    color: #fff;
    --lede-card-headline-color: #fff;
    --lede-card-kicker-color: #fff;
    --_lede-color-muted: #e6e6e6;
    /* The credit is an element of its own: it reads the public tokens. */
    --lede-color-text: #fff;
    --lede-color-muted: #e6e6e6;
  }

  /* Loading skeleton: the same boxes as a typical card, so nothing moves when the story arrives. */
  .bone {
    border-radius: 3px;
    background: var(--_lede-color-border);
  }
  .bone.photo {
    aspect-ratio: 16 / 9;
  }
  /* One line of .top's line height (1.4), two of .headline's (1.25), one of .byline's (1.4). */
  .bone.top {
    height: 1.4em;
    inline-size: 30%;
  }
  .bone.headline {
    height: 2.5em;
  }
  .bone.summary {
    height: var(--_summary-height);
  }
  .bone.byline {
    height: 1.4em;
    inline-size: 45%;
  }
  :host([layout='compact']) .bone.photo,
  :host([layout='compact']) .bone.summary {
    display: none;
  }
  /*
   * Without the lh unit (before Chrome 109, Firefox 120, Safari 16.4): the
   * summary's lines of the token's line height, in em.
   */
  @supports not (height: 1lh) {
    :host {
      --_summary-height: calc(var(--_summary-lines) * var(--lede-line-height, 1.5) * 1em);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  /*
   * Forced colours (Windows High Contrast and the like) remove backgrounds:
   * the flag keeps a box in the reader's text colour, and the skeleton's
   * shapes take a system colour, which forced colours leave alone.
   */
  @media (forced-colors: active) {
    .flag {
      border: 1px solid;
    }
    .bone {
      background: GrayText;
    }
  }
`;
