// What a page's main thread spent its time on, from a Chromium trace (the
// DevTools protocol's Tracing domain, with TRACE_CATEGORIES). Used by
// `npm run partner` (bench/partner.mjs).
//
// The page's main thread is the `CrRendererMain` thread of the process its
// main frame last committed in (`FrameCommittedInBrowser`). Its events nest:
// a task (`RunTask`) holds a script's evaluation, which holds a compile and
// a forced layout, and so on. Every moment of a task is charged once, to the
// innermost event that names what it was (the event's own time, less its
// children's), as DevTools' Summary tab does:
//
// - script: evaluating and compiling scripts and modules (`EvaluateScript`,
//   `v8.evaluateModule`, `v8.compile`, `v8.compileModule`), calls into
//   JavaScript (`FunctionCall`, `v8.callFunction`, `v8.callAsConstructor`, `v8.run`),
//   microtasks (`RunMicrotasks`, `V8.RunMicrotasks`: promise reactions, Lit's
//   updates, MutationObserver callbacks), the callbacks' dispatchers
//   (`TimerFire`, `FireAnimationFrame`, `FireIdleCallback`, `EventDispatch`),
//   garbage collection (`MinorGC`, `MajorGC`) and every other `v8.*` or
//   `V8.*` event;
// - style and layout: `UpdateLayoutTree` (style recalculation), `Layout`, and
//   `ParseAuthorStyleSheet` (a shadow root's stylesheet is parsed too),
//   forced from a script or not;
// - other: the rest (parsing HTML, paint, compositing, loading, the
//   scheduler's own work).
//
// An event not named above (a `v8` category's bookkeeping event, say) is
// charged to what encloses it. Main-thread time is the length of all the
// thread's outermost events (its tasks); the longest task is the longest of
// them. Tracing itself costs a little time in every event, on both pages alike.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
];

const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'MinorGC',
  'MajorGC',
]);
const STYLE_AND_LAYOUT = new Set([
  'UpdateLayoutTree',
  'RecalculateStyles',
  'Layout',
  'ParseAuthorStyleSheet',
]);

function kindOf(name) {
  if (STYLE_AND_LAYOUT.has(name)) return 'styleAndLayout';
  if (SCRIPT.has(name) || /^v8\./i.test(name)) return 'script';
  return undefined;
}

/** The pid and tid of the page's main thread. */
function mainThreadOf(events) {
  const commits = events.filter(
    (event) => event.name === 'FrameCommittedInBrowser' && event.args?.data?.isOutermostMainFrame !== false,
  );
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const pid =
    commits.at(-1)?.args.data.processId ??
    started?.args.data.frames?.find((frame) => !frame.parent)?.processId;
  const thread = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === pid &&
      event.args.name === 'CrRendererMain',
  );
  if (!thread) throw new Error("The trace has no main thread for the page's frame");
  return { pid, tid: thread.tid };
}

/**
 * The thread's events as `{ name, start, end, cpu }` (µs; `cpu` is the
 * thread's own CPU time, where the trace has it), complete events and
 * begin/end pairs alike.
 */
function spans(events, { pid, tid }) {
  const result = [];
  const open = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    if (event.ph === 'X') {
      result.push({ name: event.name, start: event.ts, end: event.ts + (event.dur ?? 0), cpu: event.tdur });
    } else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      const cpu = begin?.tts === undefined || event.tts === undefined ? undefined : event.tts - begin.tts;
      if (begin) result.push({ name: begin.name, start: begin.ts, end: event.ts, cpu });
    }
  }
  // Parents before their children: by start, and the longer first at the same start.
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * `{ total, script, styleAndLayout, other, longestTask, tasks, cpu }` in
 * milliseconds, for the page's main thread in `trace` (the parsed JSON).
 * `cpu` is the tasks' time on the CPU (the thread's own clock), which
 * other programs on a busy machine do not lengthen. The longest task is
 * split the same way, as `longestTaskScript`, `longestTaskStyleAndLayout`
 * and `longestTaskOther`: what to shorten to shorten it.
 */
export function mainThreadTime(trace) {
  const events = trace.traceEvents ?? trace;
  const time = { total: 0, script: 0, styleAndLayout: 0, other: 0, longestTask: 0, tasks: 0, cpu: 0 };
  const stack = [];
  let longest;
  /** Charges a finished span's own time to its kind (or its parent's), in the page's time and its task's. */
  const close = (span) => {
    const own = Math.max(0, span.end - span.start - span.childTime) / 1000;
    time[span.kind] += own;
    span.task.parts[span.kind] += own;
  };
  for (const span of spans(events, mainThreadOf(events))) {
    while (stack.length > 0 && stack.at(-1).end <= span.start) close(stack.pop());
    const parent = stack.at(-1);
    // A child that outlasts its parent (timestamps are rounded) is cut at the parent's end.
    if (parent && span.end > parent.end) span.end = parent.end;
    span.kind = kindOf(span.name) ?? parent?.kind ?? 'other';
    span.childTime = 0;
    if (parent) {
      parent.childTime += span.end - span.start;
      span.task = parent.task;
    } else {
      const length = (span.end - span.start) / 1000;
      span.task = span;
      span.parts = { script: 0, styleAndLayout: 0, other: 0 };
      time.total += length;
      time.cpu += (span.cpu ?? 0) / 1000;
      time.tasks++;
      if (length > time.longestTask) {
        time.longestTask = length;
        longest = span;
      }
    }
    stack.push(span);
  }
  while (stack.length > 0) close(stack.pop());
  time.longestTaskScript = longest?.parts.script ?? 0;
  time.longestTaskStyleAndLayout = longest?.parts.styleAndLayout ?? 0;
  time.longestTaskOther = longest?.parts.other ?? 0;
  return time;
}
