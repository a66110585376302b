import { withSrcset } from '../data/image-variants.js';
import { FOLDABLE_SPACE } from '../data/normalize.js';
import { htmlToText } from './html-to-text.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Direct children only: an item's `title` is not its image's `title`. */
function child(parent: Element, name: string, namespace?: string): Element | undefined {
  for (const element of parent.children) {
    const matches = namespace
      ? element.namespaceURI === namespace && element.localName === name
      : element.localName === name &&
        (element.namespaceURI === null || element.namespaceURI === parent.namespaceURI);
    if (matches) return element;
  }
  return undefined;
}

function children(parent: Element, name: string, namespace?: string): Element[] {
  return [...parent.children].filter(
    (element) => element.localName === name && (!namespace || element.namespaceURI === namespace),
  );
}

function text(element: Element | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value ? value : undefined;
}

function isImageContent(content: Element): boolean {
  const medium = content.getAttribute('medium');
  const type = content.getAttribute('type') ?? '';
  return medium === 'image' || type.startsWith('image/') || (!medium && !type);
}

/**
 * The first image among media:content, media:thumbnail (also inside
 * media:group) and image enclosures; the other image media:content of the
 * same group, with their widths, are its sizes (`srcset`).
 */
function rssImage(item: Element): RawItem['image'] {
  const groups = [item, ...children(item, 'group', MEDIA_NS)];
  for (const group of groups) {
    const images = children(group, 'content', MEDIA_NS).filter(isImageContent);
    const variants = images.map((content) => ({
      src: content.getAttribute('url') ?? undefined,
      width: content.getAttribute('width') ?? undefined,
      height: content.getAttribute('height') ?? undefined,
    }));
    const content = images[0];
    if (content) {
      return withSrcset(
        {
          ...variants[0],
          alt: text(child(content, 'description', MEDIA_NS)) ?? text(child(content, 'title', MEDIA_NS)),
          credit: text(child(content, 'credit', MEDIA_NS)),
        },
        variants,
      );
    }
    const thumbnail = child(group, 'thumbnail', MEDIA_NS);
    if (thumbnail) {
      return {
        src: thumbnail.getAttribute('url') ?? undefined,
        width: thumbnail.getAttribute('width') ?? undefined,
        height: thumbnail.getAttribute('height') ?? undefined,
      };
    }
  }
  const enclosure = children(item, 'enclosure').find((e) =>
    (e.getAttribute('type') ?? '').startsWith('image/'),
  );
  return enclosure ? { src: enclosure.getAttribute('url') ?? undefined } : undefined;
}

export function parseRss(doc: Document): ParsedFeed {
  const channel = doc.documentElement.querySelector(':scope > channel') ?? doc.documentElement;
  const items = children(channel, 'item').concat(children(doc.documentElement, 'item'));
  return {
    lang: text(child(channel, 'language')),
    title: text(child(channel, 'title')),
    items: items.slice(0, MAX_FEED_ITEMS).map((item) => {
      const guid = child(item, 'guid');
      const guidIsLink = guid && guid.getAttribute('isPermaLink') !== 'false';
      const description = text(child(item, 'description'));
      return {
        id: text(guid),
        url: text(child(item, 'link')) ?? (guidIsLink ? text(guid) : undefined),
        headline: text(child(item, 'title')),
        summary: description === undefined ? undefined : htmlToText(description),
        published: text(child(item, 'pubDate')) ?? text(child(item, 'date', DC_NS)),
        kicker: text(child(item, 'category')),
        authors: children(item, 'creator', DC_NS)
          .map((creator) => text(creator))
          .concat(text(child(item, 'author')))
          .filter((name): name is string => name !== undefined),
        image: rssImage(item),
      };
    }),
  };
}

/** Atom's text constructs: `text`, `html` (escaped markup) or `xhtml` (a div of markup). */
function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html') return htmlToText(element.textContent ?? '');
  return text(element)?.replace(FOLDABLE_SPACE, ' ');
}

function atomLink(entry: Element): string | undefined {
  const links = children(entry, 'link', ATOM_NS);
  const alternate =
    links.find(
      (link) =>
        link.getAttribute('rel') === 'alternate' &&
        (link.getAttribute('type') ?? 'text/html').includes('html'),
    ) ?? links.find((link) => !link.hasAttribute('rel') || link.getAttribute('rel') === 'alternate');
  return alternate?.getAttribute('href') ?? undefined;
}

function atomImage(entry: Element): RawItem['image'] {
  const thumbnail = child(entry, 'thumbnail', MEDIA_NS) ?? child(entry, 'content', MEDIA_NS);
  if (thumbnail) return { src: thumbnail.getAttribute('url') ?? undefined };
  const enclosure = children(entry, 'link', ATOM_NS).find(
    (link) =>
      link.getAttribute('rel') === 'enclosure' && (link.getAttribute('type') ?? '').startsWith('image/'),
  );
  return enclosure ? { src: enclosure.getAttribute('href') ?? undefined } : undefined;
}

export function parseAtom(doc: Document): ParsedFeed {
  const feed = doc.documentElement;
  return {
    lang: feed.getAttributeNS(XML_NS, 'lang') ?? undefined,
    title: atomText(child(feed, 'title', ATOM_NS)),
    items: children(feed, 'entry', ATOM_NS)
      .slice(0, MAX_FEED_ITEMS)
      .map((entry) => ({
        id: text(child(entry, 'id', ATOM_NS)),
        url: atomLink(entry),
        headline: atomText(child(entry, 'title', ATOM_NS)),
        summary: atomText(child(entry, 'summary', ATOM_NS)) ?? atomText(child(entry, 'content', ATOM_NS)),
        published: text(child(entry, 'published', ATOM_NS)) ?? text(child(entry, 'updated', ATOM_NS)),
        updated: text(child(entry, 'updated', ATOM_NS)),
        lang: entry.getAttributeNS(XML_NS, 'lang') ?? undefined,
        kicker:
          child(entry, 'category', ATOM_NS)?.getAttribute('label') ??
          child(entry, 'category', ATOM_NS)?.getAttribute('term') ??
          undefined,
        authors: children(entry, 'author', ATOM_NS)
          .map((author) => text(child(author, 'name', ATOM_NS)))
          .filter((name): name is string => name !== undefined),
        image: atomImage(entry),
      })),
  };
}

export { ATOM_NS };
