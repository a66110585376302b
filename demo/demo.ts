// The demo page's behaviour: the playground, the page-wide theme switch, and
// the rotating banner's stories. Elements come straight from src/ through the dev server.
import '../src/define.js';
import type { LedeBreakingBanner } from '../src/breaking-banner/breaking-banner.js';
import { setUpPlayground } from './playground.js';
import { LANGUAGE_NAMES, LANGUAGES } from './samples.js';

/** Sets every preview's theme, except the ones that show a fixed theme on purpose. */
function setUpThemeSwitch(): void {
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="page-theme"]')) {
    radio.addEventListener('change', () => {
      const themable = [
        'lede-article-card',
        'lede-breaking-banner',
        'lede-feed',
        'lede-photo',
        'lede-source-credit',
      ];
      for (const element of document.querySelectorAll(
        themable.map((tag) => `${tag}:not([data-fixed-theme])`).join(),
      )) {
        if (radio.value) element.setAttribute('theme', radio.value);
        else element.removeAttribute('theme');
      }
      document.documentElement.style.colorScheme = radio.value || 'light dark';
    });
  }
}

/** The rotating demo banner gets its stories from a property, as an application would. */
function setUpRotatingBanner(): void {
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  document.querySelector<LedeBreakingBanner>('#rotating-banner')!.items = [
    {
      id: 'demo-rotate-1',
      headline: 'Polls close in the regional election',
      url: 'https://news.lede.example/live/polls',
      published: minutesAgo(2),
    },
    {
      id: 'demo-rotate-2',
      headline: 'Flood barrier raised as river peaks',
      url: 'https://news.lede.example/live/river',
      published: minutesAgo(9),
    },
    {
      id: 'demo-rotate-3',
      headline: 'Museum fire under control, officials say',
      url: 'https://news.lede.example/live/museum',
      published: minutesAgo(25),
    },
  ];
  document.querySelector('#forget-dismissals')!.addEventListener('click', () => {
    localStorage.removeItem('lede-widgets:dismissed');
    location.reload();
  });
}

/**
 * A credit in every language the gallery does not already show, built with the
 * DOM: English is built in, every other language arrives as its pack.
 */
function setUpLanguageGallery(): void {
  const gallery = document.querySelector('#language-gallery')!;
  const shown = new Set([...gallery.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang')));
  for (const lang of LANGUAGES.filter((each) => !shown.has(each))) {
    const credit = document.createElement('lede-source-credit');
    credit.lang = lang;
    credit.setAttribute('sources', 'Northwind Press, Caspian Wire, Baltic Newsroom');
    credit.setAttribute('publisher', 'Lede News');
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = LANGUAGE_NAMES[lang];
    caption.lang = lang;
    figure.append(credit, caption);
    gallery.append(figure);
  }
}

setUpLanguageGallery();
void setUpPlayground();
setUpThemeSwitch();
setUpRotatingBanner();
