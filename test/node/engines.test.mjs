// The Node versions the package and its tools need, stated once each in
// package.json: `devEngines` for contributors, `engines` for consumers (only
// server rendering runs in Node). npm warns with EBADENGINE for every
// installed package whose own `engines` leaves out the running Node, so a
// contributor's fresh install stays quiet only if every package in the lock
// file accepts every version the stated range allows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const contributorsNode = pkg.devEngines.runtime.version;
const consumersNode = pkg.engines.node;

/** Each installed package with an `engines.node` range that does not cover all of `range`. */
function packagesRefusing(range, { devToo }) {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && (devToo || !entry.dev))
    .filter(([, entry]) => typeof entry.engines?.node === 'string')
    .filter(([, entry]) => !semver.subset(range, entry.engines.node))
    .map(
      ([path, entry]) =>
        `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${entry.engines.node}`,
    );
}

describe('Node versions', () => {
  it('the machine running the tests has a Node that contributors may use', () => {
    assert.equal(pkg.devEngines.runtime.name, 'node');
    assert.ok(
      semver.satisfies(process.version, contributorsNode),
      `${process.version} is not in devEngines' ${contributorsNode}`,
    );
  });

  it('every dependency and dev tool runs on every Node that devEngines allows (no EBADENGINE)', () => {
    assert.deepEqual(packagesRefusing(contributorsNode, { devToo: true }), []);
  });

  it("the package's runtime dependencies run on every Node that its engines allow", () => {
    assert.deepEqual(packagesRefusing(consumersNode, { devToo: false }), []);
  });

  it('CONTRIBUTING names the Node that devEngines states', () => {
    assert.ok(readFileSync('CONTRIBUTING.md', 'utf8').includes(contributorsNode));
  });
});
