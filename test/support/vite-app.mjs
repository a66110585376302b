// A developer's app, made the way the README's readers make one: `npm create
// vite` with the react-ts template, the package installed from `npm pack`,
// built with the template's own `npm run build` (`tsc -b && vite build`), and
// served as static files to a browser.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

// Its react-ts template: React 19.3, TypeScript 7 (`tsc -b`), Vite 8.
export const CREATE_VITE = '9.3.0';
// The template asks for ^8.3.4; the newest Vite that runs on Node 20 (see TOOLCHAIN.md).
export const VITE = '8.3.8';

/** The repository's own pin of a dev dependency, so scratch projects match what the tests use. */
export const pinned = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies[name];

export function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `npm pack` of the repository into `dir`; resolves to the tarball's path. */
export function packInto(dir) {
  run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT);
  return join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  );
}

/**
 * A new react-ts app in `dir/name`, with the tarball and `packages` (exact
 * versions, which win over the template's) installed from the npm cache
 * where it can. Returns the app's directory.
 */
export function createReactApp(dir, name, tarball, packages = []) {
  run(
    'npm',
    ['create', '--yes', `vite@${CREATE_VITE}`, name, '--', '--template', 'react-ts', '--no-interactive'],
    dir,
  );
  const app = join(dir, name);
  run('npm', ['pkg', 'set', `devDependencies.vite=${VITE}`], app);
  install(app, [tarball, ...packages]);
  return app;
}

/** `npm install` of `packages` (tarballs or exact versions) in `app`, from the npm cache where it can, running no install scripts. */
export function install(app, packages) {
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...packages],
    app,
  );
}

/** The template's build, exactly: `tsc -b && vite build`. A failure shows what the compiler said. */
export function buildApp(app) {
  try {
    run('npm', ['run', 'build'], app);
  } catch (error) {
    throw new Error(`npm run build failed in the ${app} app:\n${error.stdout}\n${error.stderr}`, {
      cause: error,
    });
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves `dist` on the loopback; a path for which `refuse(path)` is true
 * answers 404, as a deploy that lost that file would. Resolves to
 * `{ origin, close() }`.
 */
export async function serveStatic(dist, refuse = () => false) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (refuse(path) || !file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Opens `origin` in `browser` and waits for `ready` (a page function).
 * Resolves to the page and what it logged: console lines and uncaught errors.
 */
export async function openApp(browser, origin, ready) {
  const page = await browser.newPage();
  const logged = [];
  const errors = [];
  page.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin);
  try {
    await page.waitForFunction(ready, { timeout: 60_000 });
  } catch (error) {
    throw new Error(
      `the app never showed what it should (${ready}).\nConsole: ${JSON.stringify(logged)}\nErrors: ${JSON.stringify(errors)}`,
      { cause: error },
    );
  }
  return { page, logged, errors };
}

/** Clicks a link inside `tag`'s shadow root without leaving the page (the click's listeners still run). */
export function clickShadowLink(page, tag, part) {
  return page.evaluate(
    (tag, part) => {
      document.addEventListener('click', (event) => event.preventDefault(), { once: true });
      document.querySelector(tag).shadowRoot.querySelector(`[part~="${part}"]`).click();
    },
    tag,
    part,
  );
}

/**
 * The TypeScript options a strict app would type-check our package with:
 * modern, bundler resolution, and our declarations checked too (no
 * `skipLibCheck`), with no ambient `@types` of the scratch project.
 */
export const STRICT_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  lib: ['ES2023', 'DOM'],
  types: [],
};
