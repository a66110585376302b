// How `npm run partner` reads a trace (bench/main-thread.mjs): which thread
// is the page's, and what each moment of its tasks is charged to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mainThreadTime } from '../../bench/main-thread.mjs';

const PAGE = { pid: 2, tid: 20 };
/** A complete event on the page's main thread, at `start` ms for `length` ms. */
const event = (name, start, length, where = PAGE) => ({
  ...where,
  ph: 'X',
  name,
  ts: start * 1000,
  dur: length * 1000,
  tdur: (length * 1000) / 2,
});

const trace = (events) => ({
  traceEvents: [
    { pid: 1, tid: 10, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
    { ...PAGE, ph: 'M', name: 'thread_name', args: { name: 'CrRendererMain' } },
    {
      pid: 0,
      tid: 0,
      ph: 'I',
      name: 'TracingStartedInBrowser',
      args: { data: { frames: [{ processId: 1 }] } },
    },
    // The page navigated into process 2: its main thread is the page's.
    {
      pid: 0,
      tid: 0,
      ph: 'I',
      name: 'FrameCommittedInBrowser',
      args: { data: { processId: 2, isOutermostMainFrame: true } },
    },
    ...events,
  ],
});

describe("the page's main-thread time", () => {
  it('charges each moment once, to the innermost event that says what it was', () => {
    const time = mainThreadTime(
      trace([
        event('RunTask', 0, 100),
        event('v8.evaluateModule', 10, 50),
        // A layout forced by the script: style and layout, not script.
        event('Layout', 20, 10),
        // An event of no kind inside the script: script.
        event('v8.someBookkeeping', 35, 5),
        event('RunMicrotasks', 70, 20),
        event('ParseHTML', 95, 5),
      ]),
    );
    assert.equal(time.total, 100);
    assert.equal(time.script, 40 + 20);
    assert.equal(time.styleAndLayout, 10);
    assert.equal(time.other, 100 - 50 - 20);
    assert.equal(time.script + time.styleAndLayout + time.other, time.total);
  });

  it('counts microtasks as script: Lit updates run there', () => {
    const time = mainThreadTime(trace([event('RunTask', 0, 30), event('RunMicrotasks', 0, 30)]));
    assert.equal(time.script, 30);
  });

  it("reads only the page's main thread, and gives the longest task and the CPU time", () => {
    const time = mainThreadTime(
      trace([
        event('RunTask', 0, 300, { pid: 1, tid: 10 }),
        event('RunTask', 0, 40),
        event('RunTask', 50, 250),
        event('Layout', 60, 100),
      ]),
    );
    assert.equal(time.total, 290);
    assert.equal(time.tasks, 2);
    assert.equal(time.longestTask, 250);
    assert.equal(time.styleAndLayout, 100);
    assert.equal(time.cpu, 145);
  });

  it('says what the longest task was made of', () => {
    const time = mainThreadTime(
      trace([
        event('RunTask', 0, 40),
        event('RunMicrotasks', 0, 30),
        event('RunTask', 50, 250),
        event('v8.evaluateModule', 50, 60),
        event('RunMicrotasks', 110, 120),
        event('UpdateLayoutTree', 230, 40),
        event('Layout', 270, 20),
      ]),
    );
    assert.equal(time.longestTask, 250);
    assert.equal(time.longestTaskScript, 60 + 120);
    assert.equal(time.longestTaskStyleAndLayout, 40 + 20);
    assert.equal(time.longestTaskOther, 10);
    assert.equal(time.script, 30 + 60 + 120);
  });

  it('reads begin and end events as one', () => {
    const time = mainThreadTime(
      trace([
        event('RunTask', 0, 100),
        { ...PAGE, ph: 'B', name: 'FunctionCall', ts: 10_000 },
        { ...PAGE, ph: 'E', name: 'FunctionCall', ts: 40_000 },
      ]),
    );
    assert.equal(time.script, 30);
  });
});
