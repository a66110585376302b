// The CDN file's size check (scripts/size-report.mjs), run on the file
// `npm test` has just built.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  CEILING_BROTLI,
  CLASSIC_CEILING_BROTLI,
  CLASSIC_SCRIPT,
  MOST_BROTLI,
  ES_MODULE,
  STYLESHEET,
  STYLESHEET_BUDGET_BROTLI,
  checkClassicSize,
  checkPacks,
  checkSize,
  checkStylesheet,
  moduleBreakdown,
  PACK_LIMIT_BROTLI,
  SIZE_SECTION,
  sizeLine,
  sizes,
  sizeSection,
} from '../../scripts/size-report.mjs';

describe('CDN size', () => {
  it('keeps the ES module within its brotli ceiling', () => {
    const { brotli } = sizes(ES_MODULE);
    assert.ok(brotli <= CEILING_BROTLI, `${brotli} bytes brotli; the ceiling is ${CEILING_BROTLI}`);
  });

  it("keeps the classic script within its own ceiling, tied to the module's", () => {
    const { brotli } = sizes(CLASSIC_SCRIPT);
    assert.ok(
      brotli <= CLASSIC_CEILING_BROTLI,
      `${brotli} bytes brotli; its ceiling is ${CLASSIC_CEILING_BROTLI}`,
    );
    const { ok, lines } = checkClassicSize(CLASSIC_CEILING_BROTLI + 1);
    assert.equal(ok, false);
    assert.match(lines.join('\n'), /^The classic script's ceiling: .* OVER by 1 bytes/);
  });

  it('is stated as it is in the README and CONTRIBUTING.md, with its ten largest parts', () => {
    const { brotli } = sizes(ES_MODULE);
    for (const file of ['README.md', 'CONTRIBUTING.md']) {
      const section = SIZE_SECTION.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
      assert.ok(
        section.includes(sizeLine(brotli)),
        `${file} does not say ${brotli} bytes brotli: run \`npm run docs\``,
      );
      assert.equal(section.match(/^\| (Lit: )?`/gm)?.length, 10, `${file}: the top ten`);
    }
  });

  it('writes the top ten largest first, named by package or by path under src/', () => {
    const parts = Array.from({ length: 12 }, (_, index) => ({
      module: index === 0 ? 'lit: lit-html' : `src/part-${index}.ts`,
      min: 5000 - index,
      brotli: 2000 - index,
    }));
    const section = sizeSection(parts, 23456);
    assert.ok(section.startsWith(sizeLine(23456)));
    assert.match(section, /\*\*23,456 bytes brotli\*\*/);
    assert.match(section, /\| Lit: `lit-html` \| 2,000 \|/);
    assert.match(section, /\| `part-9.ts` \| 1,991 \|/);
    assert.doesNotMatch(section, /part-10/);
  });

  it('fails a file one byte over the ceiling, and says by how much', () => {
    const { ok, lines } = checkSize(CEILING_BROTLI + 1);
    assert.equal(ok, false);
    assert.match(lines.join('\n'), /OVER by 1 bytes/);
  });

  it('keeps the ceiling within the most the file may ever weigh', () => {
    assert.ok(CEILING_BROTLI <= MOST_BROTLI, `CEILING_BROTLI ${CEILING_BROTLI} is over ${MOST_BROTLI}`);
  });

  it('measures min, gzip and brotli from the bytes', () => {
    const { min, gzip, brotli } = sizes(ES_MODULE);
    assert.ok(min > gzip && gzip > brotli && brotli > 0, JSON.stringify({ min, gzip, brotli }));
  });

  it('keeps the pre-upgrade stylesheet within 1 KB brotli', () => {
    const { brotli } = sizes(STYLESHEET);
    assert.ok(
      brotli <= STYLESHEET_BUDGET_BROTLI,
      `${brotli} bytes brotli; the budget is ${STYLESHEET_BUDGET_BROTLI}`,
    );
  });

  it('fails a stylesheet one byte over 1 KB, and says by how much', () => {
    const { ok, line } = checkStylesheet(1025);
    assert.equal(ok, false);
    assert.match(line, /lede-widgets\.css: 1025 bytes brotli, budget 1024 — OVER by 1 bytes/);
    assert.equal(checkStylesheet(1024).ok, true);
  });

  it('attributes every brotli byte of the ES module to a source module', async () => {
    const modules = await moduleBreakdown();
    const { min, brotli } = sizes(ES_MODULE);
    assert.equal(
      modules.reduce((sum, module) => sum + module.brotli, 0),
      brotli,
    );
    assert.equal(
      modules.reduce((sum, module) => sum + module.min, 0),
      min,
    );
    const names = modules.map((module) => module.module);
    for (const name of ['lit: lit-html', 'src/article-card/article-card.ts', 'src/data/normalize.ts'])
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });
});

describe('language packs', () => {
  it('keeps every pack within 1 KB brotli, and lists each', () => {
    const { ok, packs, lines } = checkPacks();
    assert.ok(packs.length >= 29, `${packs.length} packs`);
    assert.ok(ok, lines.join('\n'));
    for (const { pack, brotli } of packs) assert.ok(brotli <= PACK_LIMIT_BROTLI, `${pack}: ${brotli} bytes`);
  });

  it('fails a pack one byte over the limit, and names it', () => {
    const { ok, lines } = checkPacks(
      undefined,
      Math.max(...checkPacks().packs.map(({ brotli }) => brotli)) - 1,
    );
    assert.equal(ok, false);
    assert.match(lines.join('\n'), /OVER: \S+\.json \d+/);
  });
});
