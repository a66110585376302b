import { withSrcset } from '../data/image-variants.js';
import { FOLDABLE_SPACE } from '../data/normalize.js';
import { htmlToText } from './html-to-text.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';

const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * Direct children only (an item's `title` is not its image's `title`), in
 * `namespace`: by default the parent's own, which is Atom's in an Atom feed,
 * none in RSS 2.0 and RSS 1.0's in RSS 1.0.
 */
function children(parent: Element, name: string, namespace = parent.namespaceURI): Element[] {
  return [...parent.children].filter(
    (element) => element.localName === name && element.namespaceURI === namespace,
  );
}

const child = (parent: Element, name: string, namespace?: string): Element | undefined =>
  children(parent, name, namespace)[0];

const text = (element: Element | undefined): string | undefined => element?.textContent?.trim() || undefined;

const attribute = (element: Element | undefined, name: string): string | undefined =>
  element?.getAttribute(name) ?? undefined;

const isImageType = (element: Element) => /^image\//.test(attribute(element, 'type') ?? '');

/** A media:content or media:thumbnail: its URL, and its size if it gives one. */
const variant = (media: Element) => ({
  src: attribute(media, 'url'),
  width: attribute(media, 'width'),
  height: attribute(media, 'height'),
});

/**
 * Media RSS, in RSS and Atom alike: the first image among media:content and
 * media:thumbnail (also inside media:group); the other image media:content
 * of the same group, with their widths, are its sizes (`srcset`).
 */
function mediaImage(item: Element): RawItem['image'] {
  for (const group of [item, ...children(item, 'group', MEDIA_NS)]) {
    const images = children(group, 'content', MEDIA_NS).filter((content) => {
      const medium = attribute(content, 'medium');
      return medium === 'image' || isImageType(content) || (!medium && !attribute(content, 'type'));
    });
    const [content] = images;
    if (content) {
      const about = (name: string) => text(child(content, name, MEDIA_NS));
      return withSrcset(
        { ...variant(content), alt: about('description') ?? about('title'), credit: about('credit') },
        images.map(variant),
      );
    }
    const thumbnail = child(group, 'thumbnail', MEDIA_NS);
    if (thumbnail) return variant(thumbnail);
  }
  return undefined;
}

/** The feed's items; RSS 1.0 has them beside its channel, not in it. */
export function parseRss(doc: Document): ParsedFeed {
  const root = doc.documentElement;
  const channel = root.querySelector(':scope > channel') ?? root;
  return {
    lang: text(child(channel, 'language')),
    title: text(child(channel, 'title')),
    items: [...root.querySelectorAll(':scope > item, :scope > channel > item')]
      .slice(0, MAX_FEED_ITEMS)
      .map((item) => {
        const field = (name: string, namespace?: string) => text(child(item, name, namespace));
        const guid = child(item, 'guid');
        const description = field('description');
        const enclosure = children(item, 'enclosure').find(isImageType);
        return {
          id: text(guid),
          url: field('link') ?? (attribute(guid, 'isPermaLink') === 'false' ? undefined : text(guid)),
          headline: field('title'),
          summary: description && htmlToText(description),
          published: field('pubDate') ?? field('date', DC_NS),
          kicker: field('category'),
          authors: children(item, 'creator', DC_NS).map(text).concat(field('author')).filter(Boolean),
          image: mediaImage(item) ?? (enclosure && { src: attribute(enclosure, 'url') }),
        };
      }),
  };
}

/** Atom's text constructs: `text`, `html` (escaped markup) or `xhtml` (a div of markup). */
function atomText(element: Element | undefined): string | undefined {
  return attribute(element, 'type') === 'html'
    ? htmlToText(element!.textContent!)
    : text(element)?.replace(FOLDABLE_SPACE, ' ');
}

export function parseAtom(doc: Document): ParsedFeed {
  const feed = doc.documentElement;
  return {
    lang: attribute(feed, 'xml:lang'),
    title: atomText(child(feed, 'title')),
    items: children(feed, 'entry')
      .slice(0, MAX_FEED_ITEMS)
      .map((entry) => {
        const field = (name: string) => child(entry, name);
        const links = children(entry, 'link');
        const rel = (link: Element) => attribute(link, 'rel') ?? 'alternate';
        const category = field('category');
        const enclosure = links.find((link) => rel(link) === 'enclosure' && isImageType(link));
        return {
          id: text(field('id')),
          url: attribute(
            // An explicit alternate in HTML first, else any alternate (a link without `rel` is one).
            links.find(
              (link) =>
                attribute(link, 'rel') === 'alternate' && /html/.test(attribute(link, 'type') ?? 'html'),
            ) ?? links.find((link) => rel(link) === 'alternate'),
            'href',
          ),
          headline: atomText(field('title')),
          summary: atomText(field('summary')) ?? atomText(field('content')),
          published: text(field('published')) ?? text(field('updated')),
          updated: text(field('updated')),
          lang: attribute(entry, 'xml:lang'),
          kicker: attribute(category, 'label') ?? attribute(category, 'term'),
          authors: children(entry, 'author')
            .map((author) => text(child(author, 'name')))
            .filter(Boolean),
          image: mediaImage(entry) ?? (enclosure && { src: attribute(enclosure, 'href') }),
        };
      }),
  };
}

export { ATOM_NS };
