// The CDN tags in the docs' HTML examples: `<script src>` and `<link href>`
// pointing at the package on the CDN, with their `integrity`. The snippet
// tests check them against the build; `npm run docs` brings them up to date.

/** An exact-version URL of one of the package's CDN files; the file is its path under dist/cdn/. */
export const CDN_URL = /https:\/\/cdn\.jsdelivr\.net\/npm\/lede-widgets@([^/"'\s]+)\/dist\/cdn\/([\w./-]+)/;

const TAG = /<(?:script|link)\b[^>]*>/g;
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * Every CDN tag in `text`: its offset, the version and file its URL names,
 * and its `integrity` value (undefined when it has none).
 */
export function cdnReferences(text) {
  return [...text.matchAll(TAG)].flatMap((match) => {
    const url = attribute(match[0], 'src') ?? attribute(match[0], 'href');
    const cdn = url?.match(CDN_URL);
    if (!cdn) return [];
    return [
      {
        index: match.index,
        tag: match[0],
        url,
        version: cdn[1],
        file: cdn[2],
        integrity: attribute(match[0], 'integrity'),
      },
    ];
  });
}

/** `text` with every CDN tag naming `version` and carrying its file's hash from `integrity`. */
export function withCurrentCdn(text, version, integrity) {
  return text.replace(TAG, (tag) => {
    const url = attribute(tag, 'src') ?? attribute(tag, 'href');
    const cdn = url?.match(CDN_URL);
    if (!cdn || !integrity[cdn[2]]) return tag;
    let updated = tag.replace(url, url.replace(`lede-widgets@${cdn[1]}/`, `lede-widgets@${version}/`));
    if (attribute(updated, 'integrity') !== undefined) {
      updated = updated.replace(/(\sintegrity=")[^"]*(")/, `$1${integrity[cdn[2]]}$2`);
    }
    return updated;
  });
}
