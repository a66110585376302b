import { withSrcset } from '../data/image-variants.js';
import { FOLDABLE_SPACE } from '../data/normalize.js';
import { htmlToText } from './html-to-text.js';
import { MAX_FEED_ITEMS, type ParsedFeed, type RawItem } from './parsed-feed.js';

/**
 * How deep a feed's elements may nest. A real feed nests six or seven levels
 * (rss, channel, item, media:group, media:content, media:description), an
 * Atom entry's XHTML content a dozen more. Reading an element's text walks
 * all that is inside it, and DOMParser's own limit differs from browser to
 * browser (Firefox has none), so a feed nested deeper is refused before any
 * of it is read: the work stays proportional to what a feed can hold.
 */
const MAX_XML_DEPTH = 64;

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

const text = (element: Element | undefined): string | undefined => element?.textContent!.trim() || undefined;

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

/**
 * A title or summary: Atom's text constructs are `text`, `html` (escaped
 * markup) or `xhtml` (a div of markup); RSS's titles are text.
 */
function textOf(element: Element | undefined): string | undefined {
  return attribute(element, 'type') === 'html'
    ? htmlToText(element!.textContent!)
    : text(element)?.replace(FOLDABLE_SPACE, ' ');
}

/** The link to a story: an explicit alternate in HTML first, else any alternate (a link without `rel` is one). */
function storyLink(links: Element[]): Element | undefined {
  return (
    links.find(
      (link) => attribute(link, 'rel') === 'alternate' && /html/.test(attribute(link, 'type') ?? 'html'),
    ) ?? links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate')
  );
}

/**
 * Whether any element inside `root` is more than `limit` levels below it,
 * found in one walk of the tree by the browser's selector engine, without
 * recursion: `:scope>*>*…` checks at most `limit + 1` parents of each
 * element, so the work stays in proportion to the feed's size.
 */
function nestsDeeperThan(root: Element, limit: number): boolean {
  return root.querySelector(':scope>*' + '>*'.repeat(limit)) !== null;
}

/**
 * RSS 2.0, RSS 1.0 and Atom 1.0, by one reader: the formats give the same
 * fields under other names (RSS's `guid` and `pubDate` are Atom's `id` and
 * `published`, its `<link>`'s text an Atom link's `href`), and neither uses
 * the other's names, so each field takes whichever its feed has. RSS 1.0 has
 * its items beside its channel, not in it. Items take the feed's language
 * unless they have their own. A feed nested too deep is refused with `refuse`.
 */
export function parseXml(root: Element, refuse: (message: string) => Error): ParsedFeed {
  if (nestsDeeperThan(root, MAX_XML_DEPTH))
    throw refuse(`nests deeper than ${MAX_XML_DEPTH} levels; refused`);
  const channel = root.querySelector(':scope > channel') ?? root;
  const lang = text(child(channel, 'language')) ?? attribute(root, 'xml:lang');
  return {
    lang,
    title: textOf(child(channel, 'title')),
    items: [...root.querySelectorAll(':scope > item, :scope > channel > item, :scope > entry')]
      .slice(0, MAX_FEED_ITEMS)
      .map((item): RawItem => {
        const field = (name: string, namespace?: string) => child(item, name, namespace);
        const value = (name: string, namespace?: string) => text(field(name, namespace));
        const links = children(item, 'link');
        const link = storyLink(links);
        const guid = field('guid');
        const description = value('description');
        const category = field('category');
        const enclosure = children(item, 'enclosure')
          .concat(links.filter((link) => attribute(link, 'rel') === 'enclosure'))
          .find(isImageType);
        return {
          id: text(guid) ?? value('id'),
          url:
            attribute(link, 'href') ??
            text(link) ??
            (attribute(guid, 'isPermaLink') === 'false' ? undefined : text(guid)),
          headline: textOf(field('title')),
          summary:
            textOf(field('summary')) ?? textOf(field('content')) ?? (description && htmlToText(description)),
          published: value('published') ?? value('pubDate') ?? value('date', DC_NS) ?? value('updated'),
          updated: value('updated'),
          lang: attribute(item, 'xml:lang') ?? lang,
          kicker: attribute(category, 'label') ?? attribute(category, 'term') ?? text(category),
          // RSS's `dc:creator`s and `<author>` (text), Atom's `<author>`s (a `<name>` in each).
          authors: children(item, 'creator', DC_NS)
            .concat(children(item, 'author'))
            .map((author) => text(child(author, 'name')) ?? text(author))
            .filter(Boolean),
          image:
            mediaImage(item) ??
            (enclosure && { src: attribute(enclosure, 'url') ?? attribute(enclosure, 'href') }),
        };
      }),
  };
}

export { ATOM_NS };
