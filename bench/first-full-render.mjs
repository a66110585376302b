// Time from the CDN script to the first full render of a card, for
// `npm run partner` (bench/partner.mjs), on the partner test page in a
// language other than English.
//
// Defined as: from the moment the CDN script's response ended (its
// Resource Timing `responseEnd`: the file has arrived; the browser then
// compiles and runs it) to the first animation frame in which the page's
// first card by attributes (`#cards lede-article-card`) shows what it shows
// once the page has settled: the same rendered text, through its shadow
// root and those nested in it (photo, credit), following slots as the
// browser lays them out and leaving out what is not displayed. That text
// holds the story's words and the ones only the language pack supplies (the
// byline's "By", "With reporting by", the list's "and"), so the card is
// full when they are there. A frame is the `requestAnimationFrame` time of
// the frame whose rendering first has it.
//
// Watched from the page, every frame, with no knowledge of how the elements
// build their shadow trees, so it holds whatever the elements become. The
// steps on the way are timed from the same moment: the elements defined
// (`customElements.whenDefined`), and the language manifest and pack
// arrived (Resource Timing, `locales/` beside the script; `undefined` where
// there is no such request).

/** Runs in the page before its own scripts (`page.evaluateOnNewDocument`): records the card's text at each frame. */
export function watchFirstCard() {
  const record = (window.__firstCard = { changes: [], defined: undefined });
  const rendered = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || /^(style|script|template)$/.test(node.localName)) return '';
    if (!node.checkVisibility()) return '';
    let children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    if (node.localName === 'slot' && node.assignedNodes().length > 0) children = node.assignedNodes();
    // A space between elements, so that a kicker and a headline read as two words.
    return [...children].map(rendered).join(' ');
  };
  const frame = (time) => {
    const card = document.querySelector('#cards lede-article-card');
    const text = card ? rendered(card).replace(/\s+/g, ' ').trim() : '';
    if (record.changes.at(-1)?.text !== text) record.changes.push({ time, text });
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  customElements.whenDefined('lede-article-card').then(() => (record.defined = performance.now()));
}

/** Read in the page once it has settled: the steps, in ms from the script's arrival, and the settled text. */
export function readFirstCard() {
  const { changes, defined } = window.__firstCard;
  const resources = performance.getEntriesByType('resource');
  const arrived = (pattern) => resources.find((entry) => pattern.test(entry.name))?.responseEnd;
  const scriptArrived = arrived(/\/lede-widgets(\.classic)?\.js$/);
  const settled = changes.at(-1);
  const full = changes.find((change) => change.text === settled.text);
  const since = (time) =>
    time === undefined || scriptArrived === undefined ? undefined : time - scriptArrived;
  return {
    defined: since(defined),
    manifest: since(arrived(/\/locales\/manifest\.json$/)),
    pack: since(arrived(/\/locales\/(?!manifest\.json$)[^/]+$/)),
    fullRender: since(full.time),
    text: settled.text,
  };
}
