import { expect } from '@open-wc/testing';
import { MAX_BACKOFF, MAX_WAIT, PollSchedule } from '../../src/loading/poll-schedule.js';
import { holdOf } from '../../src/loading/server-hold.js';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('poll schedule', () => {
  describe('jitter', () => {
    it('keeps every interval within ±20%', () => {
      const low = new PollSchedule(
        () => 15_000,
        () => 0,
      );
      const high = new PollSchedule(
        () => 15_000,
        () => 0.999999,
      );
      expect(low.next(0, true)).to.equal(12_000);
      expect(high.next(0, true)).to.be.closeTo(18_000, 1);
      const waits = Array.from({ length: 500 }, () => new PollSchedule(() => 15_000).next(0, true));
      expect(Math.min(...waits)).to.be.at.least(12_000);
      expect(Math.max(...waits)).to.be.at.most(18_000);
      // Spread out, not in lockstep.
      expect(new Set(waits.map((wait) => Math.round(wait / 1000))).size).to.be.at.least(5);
    });

    it('jitters every backoff step, doubling per failure up to the cap (30 minutes before jitter)', () => {
      for (const [random, factor] of [
        [0, 0.8],
        [0.5, 1],
        [0.75, 1.1],
      ]) {
        const schedule = new PollSchedule(
          () => 60_000,
          () => random,
        );
        const waits = Array.from({ length: 8 }, () => schedule.next(0, false));
        expect(waits.map((wait) => Math.round(wait / factor))).to.deep.equal([
          120_000,
          240_000,
          480_000,
          960_000,
          MAX_BACKOFF,
          MAX_BACKOFF,
          MAX_BACKOFF,
          MAX_BACKOFF,
        ]);
        expect(schedule.next(0, true)).to.be.closeTo(60_000 * factor, 1);
      }
    });
  });

  describe("the server's hold", () => {
    it('never asks before the freshness has run out, stretched by the jitter', () => {
      const schedule = new PollSchedule(
        () => 15_000,
        () => 0,
      );
      expect(schedule.next(1000, true, 60_000)).to.equal(60_000);
      expect(schedule.due).to.equal(61_000);
      expect(
        new PollSchedule(
          () => 15_000,
          () => 0.999999,
        ).next(0, true, 60_000),
      ).to.be.closeTo(72_000, 1);
    });

    it('reads max-age minus Age, then Expires, then nothing', () => {
      const now = Date.parse('2026-03-21T12:00:00Z');
      expect(
        holdOf(200, headers({ 'Cache-Control': 'public, max-age=30, stale-while-revalidate=60' })),
      ).to.equal(30_000);
      expect(holdOf(200, headers({ 'Cache-Control': 'max-age=30', Age: '12' }))).to.equal(18_000);
      expect(holdOf(200, headers({ 'Cache-Control': 'max-age=30', Age: '90' }))).to.equal(0);
      expect(holdOf(200, headers({ 'Cache-Control': 'public, s-maxage=300' }))).to.equal(0);
      expect(holdOf(200, headers({ Expires: 'Sat, 21 Mar 2026 12:00:45 GMT' }), now)).to.equal(45_000);
      expect(holdOf(200, headers({ Expires: '0' }), now)).to.equal(0);
      expect(holdOf(200, headers({ 'Cache-Control': 'no-cache' }))).to.equal(0);
      expect(holdOf(200, headers({}))).to.equal(0);
    });

    it('reads Retry-After on 429 and 503 only, in seconds or as a date', () => {
      const now = Date.parse('2026-03-21T12:00:00Z');
      expect(holdOf(503, headers({ 'Retry-After': '120' }))).to.equal(120_000);
      expect(holdOf(429, headers({ 'Retry-After': 'Sat, 21 Mar 2026 12:01:30 GMT' }), now)).to.equal(90_000);
      expect(holdOf(500, headers({ 'Retry-After': '120' }))).to.equal(0);
      expect(holdOf(503, headers({ 'Retry-After': 'soon' }))).to.equal(0);
      expect(holdOf(503, headers({ 'Cache-Control': 'max-age=30' }))).to.equal(0);
    });

    it('waits out Retry-After even when the backoff is shorter', () => {
      const schedule = new PollSchedule(
        () => 15_000,
        () => 0.5,
      );
      expect(schedule.next(0, false, 120_000)).to.equal(132_000);
    });
  });

  it('never waits longer than a timer can (24.8 days), however long the hold', () => {
    const schedule = new PollSchedule(
      () => 15_000,
      () => 0.5,
    );
    // 40 days of Retry-After, or of max-age: a longer delay would fire setTimeout at once, in a loop.
    expect(schedule.next(0, false, 40 * 86_400_000)).to.equal(MAX_WAIT);
    expect(schedule.next(0, true, holdOf(200, headers({ 'Cache-Control': 'max-age=99999999999' })))).to.equal(
      MAX_WAIT,
    );
    expect(schedule.left(0)).to.equal(2 ** 31 - 1);
  });

  it('after a hidden spell: at once when overdue, else the time left', () => {
    const schedule = new PollSchedule(
      () => 15_000,
      () => 0.5,
    );
    schedule.next(0, true);
    expect(schedule.left(5_000)).to.equal(10_000);
    expect(schedule.left(60_000)).to.equal(0);
  });
});
