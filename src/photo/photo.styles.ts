import { css } from '../theme/css.js';

export const photoStyles = css`
  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--lede-photo-radius, 0);
    background: var(--lede-photo-placeholder, light-dark(#e6e8ec, #2a2c31));
  }
  /* Without light-dark(): light, and dark with theme="dark" (see base-styles.ts). */
  @supports not (color: light-dark(#000, #fff)) {
    .frame {
      background: var(--lede-photo-placeholder, #e6e8ec);
    }
    :host([theme='dark']) .frame {
      background: var(--lede-photo-placeholder, #2a2c31);
    }
  }
  img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;

    opacity: 0;
    transition: opacity var(--lede-photo-fade-duration, 200ms) ease-out;
  }
  .frame[data-status='loaded'] img {
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    img {
      transition: none;
    }
  }
  .fallback {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    /* The space token is in em, and this text is 0.875 of the element's size. */
    padding: calc(var(--_lede-space) / 0.875);
    color: var(--_lede-color-muted);
    font-size: var(--lede-photo-caption-font-size, 0.875em);
    text-align: center;
  }
  figcaption {
    /* Flex items: caption and credit sit on one line when they fit, and the
       credit starts its own line cleanly when they do not. */
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75ch;
    padding-block: calc(var(--_lede-space) * 0.75 / 0.875) 0;
    font-size: var(--lede-photo-caption-font-size, 0.875em);
    /*
     * A line at least, as the stylesheet reserves, while the credit waits for
     * its language's words (browsers before lh, at the floor, reserve none).
     */
    min-block-size: 1lh;
    color: var(--lede-photo-caption-color, var(--_lede-color-text));
  }
  [part~='credit'] {
    color: var(--lede-photo-credit-color, var(--_lede-color-muted));
  }
`;
