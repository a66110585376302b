// Makes sure the browsers the tests run in are installed: Debian's Chromium,
// Firefox ESR and WebKitGTK with its WebDriver and a virtual display (no test
// tool here downloads its own). Installs them with apt when it can (root on
// Debian); otherwise says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';

/** Debian's WebKitGTK: the WebDriver, the browser it drives, and the virtual display that browser needs. */
export const webkitPaths = {
  driver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  browser: process.env.WEBKIT_BROWSER_PATH ?? `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
  xvfb: process.env.XVFB_PATH ?? '/usr/bin/Xvfb',
};

const browsers = [
  { name: 'Chromium', env: 'CHROME_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
  // WebKitGTK's MiniBrowser comes with the driver's package.
  { name: 'WebKitWebDriver', env: 'WEBKIT_DRIVER_PATH', path: webkitPaths.driver, apt: 'webkit2gtk-driver' },
  { name: 'MiniBrowser', env: 'WEBKIT_BROWSER_PATH', path: webkitPaths.browser, apt: 'webkit2gtk-driver' },
  // MiniBrowser has no headless mode: it draws on a virtual X display.
  { name: 'Xvfb', env: 'XVFB_PATH', path: webkitPaths.xvfb, apt: 'xvfb' },
];
// Without these, Persian, Pashto, Georgian and Armenian text renders as boxes.
const fontPackage = 'fonts-noto-core';

function isInstalled(browser) {
  return existsSync(process.env[browser.env] ?? browser.path);
}

function fontsInstalled() {
  return existsSync('/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf');
}

export function ensureBrowsers() {
  const missing = browsers.filter((browser) => !isInstalled(browser));
  const packages = [
    ...new Set([...missing.map((browser) => browser.apt), ...(fontsInstalled() ? [] : [fontPackage])]),
  ];
  if (packages.length === 0) return;

  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log(`Installing ${packages.join(', ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const stillMissing = browsers.filter((browser) => !isInstalled(browser));
    if (stillMissing.length === 0) return;
    missing.splice(0, missing.length, ...stillMissing);
  }
  if (missing.length === 0) {
    console.warn(`Note: install ${fontPackage} so right-to-left and Georgian text renders in the browsers.`);
    return;
  }
  console.error(
    [
      `The tests run in real browsers, and ${missing.map((b) => b.name).join(', ')} could not be found.`,
      'On Debian or Ubuntu, as root:',
      `  apt-get update && apt-get install -y ${packages.join(' ')}`,
      'Elsewhere, install them and point the tests at them:',
      ...missing.map((b) => `  ${b.env}=/path/to/${b.name} npm test`),
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
