// The demo page's behaviour: the playground, the theme of every preview, the
// rotating banner's stories and the failing examples. Elements come straight
// from src/ through the dev server.
import '../src/define.js';
import type { LedeBreakingBanner } from '../src/breaking-banner/breaking-banner.js';
import { setUpPlayground } from './playground.js';

const themeChoice = document.querySelector<HTMLSelectElement>('#playground-theme')!;

/**
 * The page's one theme control is the playground's: it sets the `theme` the
 * embed code says (playground.ts), and here every other preview's too,
 * except the ones that show a fixed theme on purpose, and the page's own
 * colours to match.
 */
function applyTheme(): void {
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
    if (themeChoice.value) element.setAttribute('theme', themeChoice.value);
    else element.removeAttribute('theme');
  }
  document.documentElement.style.colorScheme = themeChoice.value || 'light dark';
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

/** The examples that fail on purpose load when asked, so the console stays quiet until then. */
function setUpFailingExamples(): void {
  const button = document.querySelector<HTMLButtonElement>('#show-failures')!;
  button.addEventListener('click', () => {
    const examples = document.querySelector<HTMLTemplateElement>('#failures')!;
    button.replaceWith(examples.content.cloneNode(true));
    applyTheme();
    // The button is gone: keep keyboard and screen-reader users where the examples now are.
    document.querySelector<HTMLElement>('#failures-title')!.focus();
  });
}

void setUpPlayground();
themeChoice.addEventListener('input', applyTheme);
setUpRotatingBanner();
setUpFailingExamples();
