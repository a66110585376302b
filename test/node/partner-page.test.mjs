// The partner test page's generator (test/support/partner-page.mjs), which
// the layout-shift tests and `npm run partner` load: its languages, its
// static copy (server-rendered from dist/) and the delays of its CDN files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { snippetsOf } from '../support/doc-snippets.mjs';
import { partnerPage, partnerPageHtml } from '../support/partner-page.mjs';
import { PARTNER_LANGUAGES, PARTNER_TEXTS } from '../support/partner-texts.mjs';

/** The markup outside every declarative shadow root: what a page's own HTML says. */
function lightDom(html) {
  let previous;
  do {
    previous = html;
    html = html.replace(/<template shadowroot[^>]*>(?:(?!<template)[\s\S])*?<\/template>/g, '');
  } while (html !== previous);
  return html;
}

/** Each `lede-*` tag's name and attributes, in document order. */
const widgets = (html) =>
  [...html.matchAll(/<(lede-[a-z-]+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g)].map(([, tag, attributes]) => [
    tag,
    attributes.trim().split(/\s+(?=[\w-]+(?:=|$))/),
  ]);

/** A Koa-like context for the middleware: the path and query it reads, and what it answers. */
async function request(path, query = {}) {
  const context = { path, query, headers: {}, set: (name, value) => (context.headers[name] = value) };
  const started = Date.now();
  await partnerPage(context, () => (context.status = 404));
  return { ...context, took: Date.now() - started };
}

describe('the partner test page', () => {
  for (const [lang, dir] of Object.entries(PARTNER_LANGUAGES)) {
    it(`is written in ${lang}, ${dir}, with its stories in ${lang}`, async () => {
      const html = await partnerPageHtml({ lang });
      assert.match(html, new RegExp(`<html lang="${lang}" dir="${dir}">`));
      assert.ok(html.includes(PARTNER_TEXTS[lang].heading));
      assert.ok(html.includes(`headline="${PARTNER_TEXTS[lang].cards.headlines[0]}"`));
      for (const file of ['banner.json', 'feed.json', 'card-0.json']) {
        assert.ok(html.includes(`file=partner/${lang}/${file}`), file);
      }
    });
  }

  it("loads the CDN files with the README's own tags, and the integrity of the files as built", async () => {
    const example = snippetsOf('README.md').find((snippet) => snippet.lang === 'html').code;
    const readmeTags = [...example.slice(0, example.indexOf('<lede-')).matchAll(/<(link|script)\b[^>]*>/g)];
    const html = await partnerPageHtml();
    const pageTags = [...html.matchAll(/<(link|script)\b[^>]*\/test-partner\/cdn\/[^>]*>/g)];
    const names = (tag) => [...tag.matchAll(/\s([\w-]+)=/g)].map(([, name]) => name);
    assert.deepEqual(
      pageTags.map(([tag]) => names(tag)),
      readmeTags.map(([tag]) => names(tag)),
    );
    const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    for (const file of ['lede-widgets.css', 'lede-widgets.js']) {
      assert.ok(html.includes(`/${file}" integrity="${integrity[file]}" crossorigin="anonymous"`), file);
    }
  });

  it("shows the README's first example card on the readme-card page", async () => {
    const example = snippetsOf('README.md').find((snippet) => snippet.lang === 'html').code;
    const card = example.match(/<lede-article-card\b[\s\S]*?>/)[0];
    const html = await partnerPageHtml({ page: 'readme-card' });
    assert.deepEqual(widgets(html), widgets(card));
  });
});

describe('its static copy', () => {
  for (const lang of Object.keys(PARTNER_LANGUAGES)) {
    it(`has the page's widgets with the same attributes, and no script or stylesheet (${lang})`, async () => {
      const [live, copy] = await Promise.all([
        partnerPageHtml({ lang }),
        partnerPageHtml({ lang, static: true }),
      ]);
      assert.deepEqual(widgets(lightDom(copy)), widgets(live));
      assert.doesNotMatch(copy, /lede-widgets\.(js|css)/);
      // Every widget rendered: a shadow root in each host.
      assert.equal(copy.match(/<template shadowroot/g).length > widgets(live).length, true);
    });
  }

  it('renders every element, nested ones too, in the page’s language and direction', async () => {
    const copy = await partnerPageHtml({ lang: 'fa', static: true });
    const langs = new Set([...copy.matchAll(/\slang="([^"]*)"/g)].map(([, lang]) => lang));
    assert.deepEqual([...langs], ['fa']);
    const dirs = new Set([...copy.matchAll(/\sdir="([^"]*)"/g)].map(([, dir]) => dir));
    assert.deepEqual([...dirs], ['rtl']);
    const russian = await partnerPageHtml({ lang: 'ru', static: true });
    assert.doesNotMatch(russian, /With reporting by|Breaking News|>By /);
  });

  it('shows every photo as the settled page does: loaded', async () => {
    const copy = await partnerPageHtml({ static: true });
    assert.equal(copy.match(/<lede-photo/g).length, 14);
    assert.doesNotMatch(copy, /data-status="loading"/);
  });
});

describe('its CDN files', () => {
  const cdn = '/test-partner/cdn/script-delay-300/pack-delay-200/visit-test';

  it('are the built files, the script and the packs late by the page’s delays, the rest at once', async () => {
    const script = await request(`${cdn}/lede-widgets.js`);
    assert.equal(String(script.body), readFileSync('dist/cdn/lede-widgets.js', 'utf8'));
    assert.ok(script.took >= 290, `the script took ${script.took} ms`);
    const pack = await request(`${cdn}/locales/ru.json`);
    assert.ok(pack.took >= 190, `the pack took ${pack.took} ms`);
    const manifest = await request(`${cdn}/locales/manifest.json`);
    assert.ok(manifest.took < 150, `the manifest took ${manifest.took} ms`);
    assert.equal(manifest.headers['Cache-Control'], 'no-store');
  });

  it('answers 404 for a file the build does not have', async () => {
    assert.equal((await request(`${cdn}/locales/xx.json`)).status, 404);
    assert.equal((await request(`${cdn}/../package.json`)).status, 404);
  });
});
