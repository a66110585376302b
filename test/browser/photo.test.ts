import '../support/packs.js';
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/article-card/define.js';
import '../../src/photo/define.js';
import type { LedePhoto } from '../../src/photo/photo.js';
import type { LedeErrorEvent } from '../../src/events/lede-events.js';
import { brokenImageFailed, captureWarnings, layoutShiftDuring, part, until } from '../support/helpers.js';

const PHOTO = '/test-assets/photo.svg';
const slowPhoto = (delay: number) => `${PHOTO}?delay=${delay}&nonce=${Math.random()}`;

function status(el: LedePhoto): string | undefined {
  return part(el, 'frame')?.dataset.status;
}

describe('<lede-photo>', () => {
  describe('what it shows', () => {
    it('is a figure with the image, the caption and the labelled credit', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo
          src=${PHOTO}
          alt="Hills under a morning sun"
          caption="The valley road at dawn."
          credit="Nino Beridze / Lede News"
        ></lede-photo>`,
      );
      const figure = part(el, 'base')!;
      expect(figure.localName).to.equal('figure');
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(figure.contains(img)).to.equal(true);
      expect(img.alt).to.equal('Hills under a morning sun');
      expect(new URL(img.src).pathname).to.equal(PHOTO);
      const figcaption = part(el, 'figcaption')!;
      expect(figcaption.localName).to.equal('figcaption');
      expect(figcaption.innerText.replace(/\s+/g, ' ').trim()).to.equal(
        'The valley road at dawn. Photo: Nino Beridze / Lede News',
      );
    });

    it('labels the credit in the language, right to left where it is', async () => {
      const wrapper = await fixture(
        html`<div>
          <lede-photo lang="ru" src=${PHOTO} alt="" credit="Анна Ковалёва"></lede-photo>
          <lede-photo lang="fa" src=${PHOTO} alt="" caption="جاده‌ای در دره" credit="سارا احمدی"></lede-photo>
        </div>`,
      );
      const [ru, fa] = [...wrapper.querySelectorAll('lede-photo')];
      await Promise.all([ru.updateComplete, fa.updateComplete]);
      expect(part(ru, 'credit')!.textContent!.trim()).to.equal('Фото: Анна Ковалёва');
      expect(part(fa, 'credit-label')!.textContent).to.equal('عکس:');
      const caption = part(fa, 'figcaption')!;
      expect(getComputedStyle(caption).direction).to.equal('rtl');
      // Mirrored: in right-to-left text the caption starts at the right edge.
      const captionText = part(fa, 'caption')!.getBoundingClientRect();
      expect(Math.round(captionText.right)).to.equal(Math.round(caption.getBoundingClientRect().right));
    });

    it('starts the credit at the edge when there is no caption', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo style="width: 320px" src=${PHOTO} alt="" credit="Lede"></lede-photo>`,
      );
      const figcaption = part(el, 'figcaption')!.getBoundingClientRect();
      expect(part(el, 'credit')!.getBoundingClientRect().left).to.equal(figcaption.left);
    });

    it('leaves out the figcaption when there is nothing to say', async () => {
      const el = await fixture<LedePhoto>(html`<lede-photo src=${PHOTO} alt="Hills"></lede-photo>`);
      expect(part(el, 'figcaption')).to.equal(null);
    });

    it('takes a richer caption from the caption slot', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo src=${PHOTO} alt="Hills" credit="Lede">
          <span slot="caption">The road, <a href="/maps/valley">on the map</a>.</span>
        </lede-photo>`,
      );
      const slot = part(el, 'caption')!.querySelector('slot')!;
      const assigned = slot.assignedElements();
      expect(assigned).to.have.length(1);
      expect(assigned[0].querySelector('a')!.getAttribute('href')).to.equal('/maps/valley');
    });

    it('renders markup in text as text', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo
          src=${PHOTO}
          alt=${'"><img src=x onerror=alert(1)>'}
          caption=${'<script>alert(1)</script>'}
          credit=${'<b>bold</b>'}
        ></lede-photo>`,
      );
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('script, b')).to.equal(null);
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('<script>alert(1)</script>');
    });
  });

  describe('space reserved before the image loads', () => {
    const frameHeight = (el: LedePhoto) => part(el, 'frame')!.getBoundingClientRect().height;

    it('is 16:9 by default, shown as the placeholder', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo style="width: 320px" src=${slowPhoto(1500)} alt="Hills"></lede-photo>`,
      );
      expect(status(el)).to.equal('loading');
      expect(frameHeight(el)).to.be.closeTo(180, 0.5);
      const placeholder = getComputedStyle(part(el, 'frame')!).backgroundColor;
      expect(placeholder).to.not.equal('rgba(0, 0, 0, 0)');
    });

    for (const [ratio, height] of [
      ['4:3', 240],
      ['1:1', 320],
      ['3:2', 213.33],
      ['16/9', 180],
      ['2', 160],
    ] as const) {
      it(`follows ratio="${ratio}"`, async () => {
        const el = await fixture<LedePhoto>(
          html`<lede-photo
            style="width: 320px"
            ratio=${ratio}
            src=${slowPhoto(1500)}
            alt="Hills"
          ></lede-photo>`,
        );
        expect(frameHeight(el)).to.be.closeTo(height, 0.5);
      });
    }

    it('takes the ratio from width and height when ratio is not given', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo
          style="width: 320px"
          width="1200"
          height="1600"
          src=${slowPhoto(1500)}
          alt="A portrait"
        ></lede-photo>`,
      );
      expect(frameHeight(el)).to.be.closeTo(426.67, 0.5);
    });

    it('ignores a ratio that makes no sense', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo style="width: 320px" ratio="0:9" src=${slowPhoto(1500)} alt="Hills"></lede-photo>`,
      );
      expect(frameHeight(el)).to.be.closeTo(180, 0.5);
    });

    it('shifts nothing on the page when a slow image arrives', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px">
          <lede-photo src=${slowPhoto(800)} alt="Hills" caption="A caption" credit="Lede"></lede-photo>
          <p class="below">The story goes on below the photo.</p>
        </div>`,
      );
      const el = wrapper.querySelector('lede-photo')!;
      const below = wrapper.querySelector('.below')!;
      const before = below.getBoundingClientRect().top;
      expect(status(el)).to.equal('loading');
      const shift = await layoutShiftDuring(() => until(() => status(el) === 'loaded', 'the image to load'));
      expect(below.getBoundingClientRect().top).to.equal(before);
      // Chromium measures layout shift directly; Firefox and WebKit have no Layout Instability API.
      if (shift !== undefined) expect(shift).to.equal(0);
    });
  });

  describe('loading', () => {
    it('is lazy by default and eager on request, with a fetch priority', async () => {
      const lazy = await fixture<LedePhoto>(html`<lede-photo src=${PHOTO} alt="Hills"></lede-photo>`);
      expect(part(lazy, 'image')!.getAttribute('loading')).to.equal('lazy');
      expect(part(lazy, 'image')!.hasAttribute('fetchpriority')).to.equal(false);
      const eager = await fixture<LedePhoto>(
        html`<lede-photo loading="eager" fetchpriority="high" src=${PHOTO} alt="Hills"></lede-photo>`,
      );
      expect(part(eager, 'image')!.getAttribute('loading')).to.equal('eager');
      expect(part(eager, 'image')!.getAttribute('fetchpriority')).to.equal('high');
    });

    it('passes srcset and sizes through, without unsafe candidates', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo
          src=${PHOTO}
          srcset="${PHOTO}?w=640 640w, javascript:alert(1) 800w, ${PHOTO}?w=1280 1280w"
          sizes="(max-width: 600px) 100vw, 50vw"
          alt="Hills"
        ></lede-photo>`,
      );
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.getAttribute('srcset')).to.equal(`${PHOTO}?w=640 640w, ${PHOTO}?w=1280 1280w`);
      expect(img.getAttribute('sizes')).to.equal('(max-width: 600px) 100vw, 50vw');
      await until(() => img.complete && img.naturalWidth > 0, 'the image');
      expect(new URL(img.currentSrc).pathname).to.equal(PHOTO);
    });

    it('fades the image in (test/reduced-motion covers the reader who prefers no motion)', async () => {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
      const el = await fixture<LedePhoto>(html`<lede-photo src=${PHOTO} alt="Hills"></lede-photo>`);
      expect(getComputedStyle(part(el, 'image')!).transitionDuration).to.equal('0.2s');
    });

    it('shows the image once it has loaded', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo loading="eager" src=${PHOTO} alt="Hills"></lede-photo>`,
      );
      await until(() => status(el) === 'loaded', 'the image to load');
      await until(() => getComputedStyle(part(el, 'image')!).opacity === '1', 'the fade-in');
    });

    it('applies fit and focal point, ignoring what is not a position', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo fit="contain" position="20% 80%" src=${PHOTO} alt="Hills"></lede-photo>`,
      );
      const style = getComputedStyle(part(el, 'image')!);
      expect(style.objectFit).to.equal('contain');
      expect(style.objectPosition).to.equal('20% 80%');
      el.position = 'url(https://evil.example/x)';
      el.fit = 'fill' as 'cover';
      await elementUpdated(el);
      const after = getComputedStyle(part(el, 'image')!);
      expect(after.objectPosition).to.equal('50% 50%');
      expect(after.objectFit).to.equal('cover');
    });
  });

  describe('alt text', () => {
    it('warns once when alt is missing', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<LedePhoto>(html`<lede-photo src=${PHOTO}></lede-photo>`);
        el.caption = 'A caption';
        await elementUpdated(el);
        expect(capture.warnings.filter((w) => w.includes('no alt text'))).to.have.length(1);
        expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
      } finally {
        capture.restore();
      }
    });

    it("says nothing of a story's photo without alt, which a card shows: the partner cannot add it", async () => {
      const capture = captureWarnings();
      try {
        const card = await fixture(
          html`<lede-article-card
            .article=${{ headline: 'Ferry', url: 'https://news.example/ferry', image: { src: PHOTO } }}
          ></lede-article-card>`,
        );
        await until(() => part(part(card, 'photo')!, 'image') !== null, "the card's photo");
        expect(capture.warnings.filter((w) => w.includes('no alt text'))).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });

    it('takes alt="" as decorative, without a warning', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<LedePhoto>(html`<lede-photo src=${PHOTO} alt=""></lede-photo>`);
        expect(capture.warnings).to.deep.equal([]);
        expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
      } finally {
        capture.restore();
      }
    });
  });

  describe('a broken image', () => {
    it('keeps caption and credit, shows the alt text, and fires lede-error once', async () => {
      const events: LedeErrorEvent[] = [];
      const listener = (event: LedeErrorEvent) => events.push(event);
      document.addEventListener('lede-error', listener);
      try {
        const el = await fixture<LedePhoto>(
          html`<lede-photo
            loading="eager"
            src="/test-assets/broken.jpg"
            alt="Hills under a morning sun"
            caption="The valley road at dawn."
            credit="Lede"
          ></lede-photo>`,
        );
        await until(() => status(el) === 'error', 'the error state');
        expect(events).to.have.length(1);
        expect(events[0].detail.reason).to.equal('image');
        expect(events[0].detail.url).to.equal('/test-assets/broken.jpg');
        expect(events[0].composed && events[0].bubbles).to.equal(true);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        const fallback = part(el, 'fallback')!;
        expect(fallback.innerText.trim()).to.equal('Hills under a morning sun');
        expect(fallback.getAttribute('role')).to.equal('img');
        expect(part(el, 'caption')!.textContent!.trim()).to.equal('The valley road at dawn.');
        // Re-rendering does not report the same failure again.
        el.caption = 'Changed';
        await elementUpdated(el);
        // Not asked for again (so it cannot fail again): no image rendered. And had it been, that
        // request would most likely have failed by the time this one, made after it, has.
        expect(el.shadowRoot!.querySelector('img'), 'the broken image, asked for again').to.equal(null);
        await brokenImageFailed('/test-assets/broken.jpg');
        await el.updateComplete;
        expect(events).to.have.length(1);
      } finally {
        document.removeEventListener('lede-error', listener);
      }
    });

    it('recovers when given a working src', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo loading="eager" src="/test-assets/missing.jpg" alt="Hills"></lede-photo>`,
      );
      await until(() => status(el) === 'error', 'the error state');
      el.src = PHOTO;
      await elementUpdated(el);
      await until(() => status(el) === 'loaded', 'the new image');
    });
  });

  describe('unsafe URLs', () => {
    for (const src of [
      'javascript:alert(1)',
      ' JAVA\tSCRIPT:alert(1)',
      'data:image/svg+xml,<svg/onload=alert(1)>',
      '//evil.example/a.jpg',
    ]) {
      it(`never puts ${JSON.stringify(src)} in the page, and says why`, async () => {
        const el = document.createElement('lede-photo');
        el.alt = 'Hills';
        el.caption = 'Still here';
        el.src = src;
        const error = oneEvent(el, 'lede-error');
        document.body.append(el);
        try {
          const event = (await error) as LedeErrorEvent;
          await el.updateComplete;
          expect(event.detail.reason).to.equal('invalid-data');
          expect(el.shadowRoot!.querySelector('img')).to.equal(null);
          expect(part(el, 'fallback')!.innerText.trim()).to.equal('Hills');
          expect(part(el, 'caption')!.textContent!.trim()).to.equal('Still here');
        } finally {
          el.remove();
        }
      });
    }
  });

  describe('the image property', () => {
    it('wins over attributes, field by field', async () => {
      const el = await fixture<LedePhoto>(
        html`<lede-photo
          src="/nowhere.jpg"
          alt="From the attribute"
          caption="Attribute caption"
        ></lede-photo>`,
      );
      el.image = { src: PHOTO, alt: 'From the property', width: 800, height: 800 };
      await elementUpdated(el);
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(new URL(img.src).pathname).to.equal(PHOTO);
      expect(img.alt).to.equal('From the property');
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('Attribute caption');
      const frame = part(el, 'frame')!.getBoundingClientRect();
      expect(frame.height).to.be.closeTo(frame.width, 0.5);
    });
  });

  describe('accessibility', () => {
    const variants = [
      [
        'with caption and credit',
        html`<lede-photo src=${PHOTO} alt="Hills" caption="Dawn." credit="Lede"></lede-photo>`,
      ],
      ['decorative', html`<lede-photo src=${PHOTO} alt=""></lede-photo>`],
      [
        'right to left, dark',
        html`<lede-photo
          lang="fa"
          theme="dark"
          src=${PHOTO}
          alt="تپه‌ها"
          caption="سپیده‌دم."
          credit="لید"
        ></lede-photo>`,
      ],
      [
        'broken',
        html`<lede-photo
          loading="eager"
          src="/test-assets/broken.jpg"
          alt="Hills"
          caption="Dawn."
          credit="Lede"
        ></lede-photo>`,
      ],
    ] as const;
    for (const [name, template] of variants) {
      it(`has no axe violations (${name})`, async () => {
        const el = await fixture<LedePhoto>(template);
        if (el.getAttribute('src')!.includes('broken'))
          await until(() => status(el) === 'error', 'the error state');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('looks', () => {
    const shot = async (name: string, template: ReturnType<typeof html>, waitFor: string) => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 360px; padding: 8px; background: white">${template}</div>`,
      );
      const el = wrapper.querySelector('lede-photo')!;
      el.style.setProperty('--lede-photo-fade-duration', '0s');
      await until(() => status(el) === waitFor, `the ${waitFor} state`);
      await visualDiff(wrapper, `photo-${name}`);
    };

    it('with caption and credit', () =>
      shot(
        'caption-credit',
        html`<lede-photo
          theme="light"
          loading="eager"
          src=${PHOTO}
          alt="Hills"
          caption="The valley road at dawn, before the market opens."
          credit="Nino Beridze / Lede News"
        ></lede-photo>`,
        'loaded',
      ));
    it('without a caption', () =>
      shot(
        'no-caption',
        html`<lede-photo theme="light" loading="eager" src=${PHOTO} alt="Hills"></lede-photo>`,
        'loaded',
      ));
    it('right to left', () =>
      shot(
        'rtl',
        html`<lede-photo
          theme="light"
          lang="fa"
          loading="eager"
          src=${PHOTO}
          alt="تپه‌ها"
          caption="جاده دره در سپیده‌دم، پیش از باز شدن بازار."
          credit="سارا احمدی / لید"
        ></lede-photo>`,
        'loaded',
      ));
    it('dark', () =>
      shot(
        'dark',
        html`<lede-photo
          theme="dark"
          loading="eager"
          src=${PHOTO}
          alt="Hills"
          caption="The valley road at dawn."
          credit="Lede News"
        ></lede-photo>`,
        'loaded',
      ));
    it('broken image', () =>
      shot(
        'error',
        html`<lede-photo
          theme="light"
          loading="eager"
          src="/test-assets/broken.jpg"
          alt="Hills under a morning sun"
          caption="The valley road at dawn."
          credit="Lede News"
        ></lede-photo>`,
        'error',
      ));
  });
});
