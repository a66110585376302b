import type { Article } from './article.js';

function resolve(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * Makes a fetched article's relative URLs absolute against the URL it came
 * from, as a browser does for links in a document: `../img/a.jpg` in
 * `https://news.example/api/story.json` means `https://news.example/img/a.jpg`,
 * wherever the card is shown. Run it after the data gate, on safe URLs only.
 */
export function resolveUrls(article: Article, base: string): Article {
  const resolved: Article = { ...article };
  if (article.url) resolved.url = resolve(article.url, base);
  if (article.image) {
    resolved.image = { ...article.image, src: resolve(article.image.src, base) };
    if (article.image.srcset) {
      resolved.image.srcset = article.image.srcset
        .split(', ')
        .map((candidate) => {
          const [url, descriptor] = candidate.split(' ');
          return descriptor ? `${resolve(url, base)} ${descriptor}` : resolve(url, base);
        })
        .join(', ');
    }
  }
  if (article.publisher) {
    resolved.publisher = { ...article.publisher };
    if (article.publisher.url) resolved.publisher.url = resolve(article.publisher.url, base);
    if (article.publisher.logo) resolved.publisher.logo = resolve(article.publisher.logo, base);
  }
  return resolved;
}
