// The demo page's behaviour: the live editor with its embed code, and the
// page-wide theme switch. Elements come straight from src/ through the dev server.
import '../src/define.js';
import type { LedeBreakingBanner } from '../src/breaking-banner/breaking-banner.js';
import { VERSION } from '../src/version.js';

const EDITABLE = ['sources', 'publisher', 'publisher-href', 'prefix', 'lang', 'theme'] as const;
const CDN_SCRIPT = `<script type="module" src="https://cdn.jsdelivr.net/npm/lede-widgets@${VERSION}/dist/cdn/lede-widgets.js"></script>`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function setUpEditor(): void {
  const form = document.querySelector<HTMLFormElement>('#credit-editor')!;
  const embed = document.querySelector('#credit-embed')!;
  const element = document.createElement('lede-source-credit');
  document.querySelector('#credit-preview')!.append(element);

  const update = () => {
    const data = new FormData(form);
    const attributes: string[] = [];
    for (const name of EDITABLE) {
      const value = String(data.get(name) ?? '');
      // Empty means "not set": the translated prefix, the reader's theme.
      if (value === '') {
        element.removeAttribute(name);
      } else {
        element.setAttribute(name, value);
        attributes.push(`${name}="${escapeAttribute(value)}"`);
      }
    }
    embed.textContent = `${CDN_SCRIPT}\n<lede-source-credit ${attributes.join(' ')}></lede-source-credit>`;
  };
  form.addEventListener('input', update);
  update();

  const status = document.querySelector('#copy-status')!;
  document.querySelector('#copy-embed')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(embed.textContent ?? '');
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copying is blocked here; select the code and copy it by hand.';
    }
  });
}

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

setUpEditor();
setUpThemeSwitch();
setUpRotatingBanner();
