// The card fixtures behind the visual baselines in test/screenshots/, shared by
// the looks test and the hostile-page test (which must match the same baselines).
import './packs.js';
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { TemplateResult } from 'lit';
import '../../src/article-card/define.js';

const PUBLISHED = '2026-03-18T08:00:00Z';

const stories = {
  en: {
    kicker: 'World',
    headline: 'Lake ferry returns after three-week repair',
    summary:
      'The only ferry across the northern lake sailed again on Tuesday, ending a long detour for villagers.',
    authors: 'Nino Beridze',
  },
  fa: {
    kicker: 'جهان',
    headline: 'کشتی دریاچه پس از سه هفته تعمیر بازگشت',
    summary: 'تنها کشتی دریاچه شمالی روز سه‌شنبه دوباره به راه افتاد و مسیر طولانی روستاییان کوتاه شد.',
    authors: 'سارا احمدی',
  },
  ka: {
    kicker: 'საზოგადოება',
    headline:
      'ჩრდილოეთის ტბის ბორანი სამკვირიანი შეკეთების შემდეგ დაბრუნდა და სოფლების მცხოვრებლებისთვის ორასკილომეტრიანი შემოვლითი გზა დასრულდა',
    summary: 'ბორანმა სამშაბათს კვლავ დაიწყო მოძრაობა.',
    authors: 'თამარ კვარაცხელია',
  },
  ru: {
    kicker: 'Общество',
    headline:
      'Единственный паром через северное озеро возобновил рейсы после трёхнедельного ремонта, и жителям дальнего берега больше не придётся объезжать двести километров',
    summary: 'Паром вышел из порта во вторник утром.',
    authors: 'Анна Ковалёва',
  },
} as const;

export function card(options: {
  lang?: keyof typeof stories;
  layout?: string;
  theme?: string;
  image?: boolean;
  breaking?: boolean;
}) {
  const { lang = 'en', layout = 'stacked', theme = 'light', image = true, breaking = false } = options;
  const story = stories[lang];
  return html`<lede-article-card
    lang=${lang}
    layout=${layout}
    theme=${theme}
    href="/story"
    kicker=${story.kicker}
    headline=${story.headline}
    summary=${story.summary}
    authors=${story.authors}
    published=${PUBLISHED}
    sources="Caspian Wire, Northwind Press"
    image-src=${image ? '/test-assets/photo.svg' : ''}
    image-alt=""
    ?breaking=${breaking}
  ></lede-article-card>`;
}

export async function shot(name: string, template: TemplateResult, width = 420): Promise<void> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; padding: 8px; background: #f3f4f6; --lede-photo-fade-duration: 0s">
      ${template}
    </div>`,
  );
  const el = wrapper.querySelector('lede-article-card')!;
  await el.updateComplete;
  // Wait for the photo (if any) to be drawn, so the screenshot is stable.
  const start = performance.now();
  for (;;) {
    const frame = el
      .shadowRoot!.querySelector('lede-photo')
      ?.shadowRoot?.querySelector<HTMLElement>('[part~="frame"]');
    if (!frame || frame.dataset.status === 'loaded') break;
    if (performance.now() - start > 4000) throw new Error('The photo did not load');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Loaded is not yet drawn: WebKit fires load for the first image before it is decoded, and its first
  // screenshot then shows the placeholder. Decoded, then two frames: drawn.
  const img = el.shadowRoot!.querySelector('lede-photo')?.shadowRoot?.querySelector('img');
  await img?.decode().catch(() => {});
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await visualDiff(wrapper, `card-${name}`);
}
