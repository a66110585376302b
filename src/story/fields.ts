import type { PropertyDeclaration } from 'lit';
import type { Article, ArticleImage } from '../data/article.js';

/**
 * The Article fields an element takes as attributes, declared once. Each
 * element's reactive properties (`storyProperties`) and the reading of those
 * attributes into an Article (`storyFromAttributes`) are derived from this
 * table, so a new field is one row here plus its rendering.
 *
 * A row is a property name, and where it goes in the Article (a field, or
 * `image.field`) when that is not the same name; the attribute is the
 * kebab-case of the property unless `attribute` says otherwise.
 */
export const STORY_FIELDS = {
  /** The story's id, for events (`id` is the element's own). */
  articleId: { field: 'id', attribute: 'article-id' },
  /** The story's link. */
  url: {},
  /** Another name for `url`, as on a link. */
  href: { field: 'url' },
  /** The headline, shown as text (markup in it shows as characters). */
  headline: {},
  /** The section label, e.g. "World". */
  kicker: {},
  /** A sentence or two about the story, clamped to a few lines. */
  summary: {},
  /** When the story was published: ISO 8601, e.g. `2026-03-21T09:30:00Z`. */
  published: {},
  /** When the story was last updated (not `updated`: LitElement owns that name). */
  updatedAt: { field: 'updated', attribute: 'updated' },
  /** Shows the translated "Breaking News" flag. */
  breaking: { type: Boolean },
  /** Authors' names, comma-separated (or an array in the property). */
  authors: { list: true },
  /** News agencies for the credit line, comma-separated (or an array). */
  sources: { list: true },
  /** The photo's URL. */
  imageSrc: { field: 'image.src' },
  /** The photo's other sizes, as in `srcset`. */
  imageSrcset: { field: 'image.srcset' },
  /** The photo's text alternative; empty for a decorative photo. */
  imageAlt: { field: 'image.alt' },
  /** The photo's width in pixels. */
  imageWidth: { field: 'image.width', type: Number },
  /** The photo's height in pixels. */
  imageHeight: { field: 'image.height', type: Number },
} satisfies Record<string, StoryFieldRow>;

/** A place in an Article that one attribute fills: a field, or a field of its image. */
export type ArticlePath = keyof Article | `image.${keyof ArticleImage}`;

interface StoryFieldRow {
  /** Where the value goes in the Article, when not under the property's own name. */
  field?: ArticlePath;
  /** The attribute, when not the kebab-case of the property. */
  attribute?: string;
  type?: NumberConstructor | BooleanConstructor;
  /** A property may also be given an array. */
  list?: true;
}

export type StoryFieldName = keyof typeof STORY_FIELDS;

/** Where a row's value goes: its `field`, or the Article field named like the property. */
type PathOf<Name extends StoryFieldName> = (typeof STORY_FIELDS)[Name] extends { field: infer Path }
  ? Path
  : Name;

/** `Paths`, refused by the compiler unless each of them is a place in an Article. */
type InArticle<Paths extends Record<StoryFieldName, ArticlePath>> = Paths;

/**
 * Where each story property's value goes in the Article. Checked: a row
 * without `field` must be named for an Article field, so a typo in the
 * table (`hedline: {}`) fails to compile here, naming the row.
 */
export type StoryFieldPaths = InArticle<{ [Name in StoryFieldName]: PathOf<Name> }>;

type ValueOf<Row> = Row extends { type: NumberConstructor }
  ? number
  : Row extends { type: BooleanConstructor }
    ? boolean
    : Row extends { list: true }
      ? string | string[]
      : string;

/** The story fields as an element's properties, typed from the table. */
export type StoryFieldProperties = {
  [Name in StoryFieldName]: ValueOf<(typeof STORY_FIELDS)[Name]> | undefined;
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The table as Lit property declarations, to spread into an element's `static properties`. */
export function storyProperties(): Record<StoryFieldName, PropertyDeclaration> {
  return Object.fromEntries(
    (Object.entries(STORY_FIELDS) as [StoryFieldName, StoryFieldRow][]).map(([name, { attribute, type }]) => [
      name,
      { attribute: attribute ?? kebab(name), type },
    ]),
  ) as Record<StoryFieldName, PropertyDeclaration>;
}

/**
 * The story an element's attributes (or the properties behind them) describe,
 * unchecked, for the data gate; `undefined` when none is set, as on most
 * elements, which take their story one way only. A boolean that is false
 * says nothing.
 */
export function storyFromAttributes(
  element: Partial<StoryFieldProperties>,
): Record<string, unknown> | undefined {
  let story: Record<string, unknown> | undefined;
  // `for…in`, not `Object.entries`: this runs at every render of every element, and
  // the entries arrays were a kilobyte of garbage per render.
  for (const name in STORY_FIELDS) {
    // A row without `field` is named for its Article field (`StoryFieldPaths` checks that).
    const { field = name as ArticlePath }: StoryFieldRow = STORY_FIELDS[name as StoryFieldName];
    const value = element[name as StoryFieldName];
    if (value === undefined || value === null || value === false) continue;
    story ??= {};
    const [group, key] = field.includes('.') ? field.split('.') : [undefined, field];
    const target = group ? ((story[group] as Record<string, unknown>) ??= {}) : story;
    // The first row that gives a field keeps it (`url` before `href`).
    target[key] ??= value;
  }
  return story;
}
