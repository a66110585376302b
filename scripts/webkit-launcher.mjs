// WebKit for the browser tests: Debian's WebKitGTK browser (MiniBrowser),
// driven through WebKitWebDriver on a virtual X display (Xvfb), since
// MiniBrowser has no headless mode. Each launcher starts its own driver (the
// reader's preferences are in the driver's environment, and so in the browser
// it starts), all share one display, and both are stopped when the run ends:
// normally, on Ctrl-C, on SIGTERM or on a crash. Nothing is assumed free: Xvfb
// picks its own display number and the driver gets a port the system hands out.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { PNG } from 'pngjs';
import { webkitPaths } from './ensure-browsers.mjs';
import { freePort } from './free-port.mjs';

/** Every process started here, stopped in reverse order (drivers, then the display) if the run ends early. */
const started = [];

function stop(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

function stopAll() {
  for (const child of started.splice(0).reverse()) stop(child);
}

let stoppedOnExit = false;

function startProcess(command, args, options) {
  if (!stoppedOnExit) {
    stoppedOnExit = true;
    process.on('exit', stopAll);
    // Node's own SIGTERM handling ends the process without an 'exit' event.
    process.once('SIGTERM', () => process.exit(143));
  }
  const child = spawn(command, args, options);
  started.push(child);
  child.on('error', (error) => console.error(`${command}: ${error.message}`));
  return child;
}

let display;
let xvfb;
/** Launchers still using the display: the last one to stop stops Xvfb. */
let displayUsers = 0;

/** The X display number, starting Xvfb the first time; Xvfb writes the free number it took to fd 3. */
function virtualDisplay() {
  displayUsers++;
  display ??= new Promise((resolve, reject) => {
    xvfb = startProcess(
      webkitPaths.xvfb,
      ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].once('data', (chunk) => resolve(chunk.toString().trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}): ${errors.trim()}`)));
  });
  return display;
}

async function waitForDriver(port, driver) {
  for (const giveUp = Date.now() + 30_000; Date.now() < giveUp;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopped (${driver.exitCode})`);
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.json());
      if (status.value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/**
 * GTK's settings, which WebKitGTK reads for the reader's preferences:
 * animations off is `prefers-reduced-motion: reduce`.
 */
function gtkSettings({ reducedMotion }) {
  const home = mkdtempSync(join(tmpdir(), 'lede-webkit-'));
  process.on('exit', () => rmSync(home, { recursive: true, force: true }));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`,
  );
  return home;
}

function releaseDisplay() {
  if (--displayUsers === 0 && xvfb) stop(xvfb);
}

class WebKitLauncher extends WebdriverLauncher {
  #connection;
  #reducedMotion;
  #driver;
  #windowSized = false;

  constructor({ reducedMotion }) {
    const connection = {
      hostname: '127.0.0.1',
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: webkitPaths.browser, args: ['--automation'] },
      },
    };
    super(connection);
    // The launcher reads this object when it opens its session, after
    // initialize() has started the driver and filled in its port.
    this.#connection = connection;
    this.#reducedMotion = reducedMotion;
  }

  async initialize(config) {
    await super.initialize(config);
    // The name the reports and the screenshot baselines (test/screenshots/WebKit/) go by.
    this.name = 'WebKit';
    const port = await freePort();
    const driver = (this.#driver = startProcess(webkitPaths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: {
        ...process.env,
        DISPLAY: `:${await virtualDisplay()}`,
        // Intl's default language, as in the other browsers (a bare C locale gives en-US-u-va-posix).
        LANG: 'en_US.UTF-8',
        XDG_CONFIG_HOME: gtkSettings({ reducedMotion: this.#reducedMotion }),
      },
    }));
    await waitForDriver(port, driver);
    this.#connection.port = port;
  }

  /**
   * MiniBrowser's window is 1024 × 730 by default: smaller than the frames some
   * tests open (a partner page 800 px tall), and WebKit then scrolls the test
   * page along with the frame, and slows the frame's animation frames to a
   * trickle while it is partly out of view. A window like a desktop's fits them.
   */
  async startSession(id, url) {
    // WebdriverLauncher's own: opens the WebDriver session, once.
    await this.ensureManagerInitialized();
    if (!this.#windowSized) {
      this.#windowSized = true;
      await this.driver.setWindowRect(0, 0, 1440, 1100);
    }
    return super.startSession(id, url);
  }

  /**
   * For the visual baselines. WebKitWebDriver's screenshots of an element come
   * back blank here (WebKitGTK 2.50 on Xvfb), those of the window do not: the
   * element is cut out of the window's. `locator` is the plugin's script that
   * returns the element.
   */
  async takeScreenshot(_sessionId, locator) {
    // The launcher's one WebDriver session (a field of WebdriverLauncher's).
    const { driver } = this;
    const box = await driver.execute(`
      const element = (function () { ${locator} })();
      element.scrollIntoView({ block: 'nearest' });
      const { left, top, width, height } = element.getBoundingClientRect();
      return { left, top, width, height, innerWidth, innerHeight };
    `);
    if (box.left + box.width > box.innerWidth || box.top + box.height > box.innerHeight) {
      throw new Error(
        `A ${box.width} × ${box.height} element does not fit WebKit's window, which is all it can take.`,
      );
    }
    const window = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
    const [left, top] = [Math.round(box.left), Math.round(box.top)];
    const element = new PNG({ width: Math.round(box.width), height: Math.round(box.height) });
    PNG.bitblt(window, element, left, top, element.width, element.height, 0, 0);
    return PNG.sync.write(element);
  }

  async stop() {
    await super.stop();
    if (!this.#driver) return;
    stop(this.#driver);
    this.#driver = undefined;
    releaseDisplay();
  }
}

export function webkitLauncher({ reducedMotion = false } = {}) {
  return new WebKitLauncher({ reducedMotion });
}
