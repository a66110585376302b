// The tests drive Debian's Chromium and Firefox ESR (see CONTRIBUTING.md):
// `puppeteer`, which @web/test-runner-puppeteer depends on, must not try to
// download browsers of its own when it is installed.
module.exports = { skipDownload: true };
