/**
 * When a poller asks its server again. Pure (no DOM, no timers) so that the
 * elements and the load test (scripts/loadtest.mjs) follow one policy:
 *
 * - the interval, and every backoff step, carries ±20% jitter, so readers
 *   who arrived together (after a push alert) do not poll in lockstep;
 * - after failures the wait doubles per failure, up to `MAX_BACKOFF`;
 * - never before the server's `hold` has run out (`holdOf` in
 *   server-hold.ts reads it from the answer's headers).
 *   The hold is stretched by up to 20% too: readers behind one CDN object
 *   share its expiry, and would otherwise all ask at that instant.
 * - no wait is longer than a timer can take (`MAX_WAIT`).
 */

/** The longest wait between tries, however many have failed: half an hour. */
export const MAX_BACKOFF = 30 * 60_000;

/** The longest delay a timer takes (2^31-1 ms, 24.8 days): a longer one fires at once. A longer hold is waited out in steps. */
export const MAX_WAIT = 2 ** 31 - 1;

/** One poller's schedule: how many tries failed in a row, and when the next is due. */
export class PollSchedule {
  failures = 0;
  /** When the next try is due, in the clock's milliseconds. */
  due = 0;

  /** Milliseconds between tries while all is well. */
  readonly #interval: () => number;
  readonly #random: () => number;

  constructor(interval: () => number, random: () => number = Math.random) {
    this.#interval = interval;
    this.#random = random;
  }

  /**
   * Records the outcome of a try at `now` and returns how long to wait for
   * the next: the interval (doubled per failure, capped), jittered, and
   * never less than `hold`.
   */
  next(now: number, ok: boolean, hold = 0): number {
    this.failures = ok ? 0 : this.failures + 1;
    const r = this.#random();
    const step = Math.min(this.#interval() * 2 ** this.failures, MAX_BACKOFF);
    const wait = Math.min(Math.max(step * (0.8 + 0.4 * r), hold * (1 + 0.2 * r)), MAX_WAIT);
    this.due = now + wait;
    return wait;
  }

  /** How long from `now` until the next try; 0 when it is overdue (a tab seen again after a hidden spell). */
  left(now: number): number {
    return Math.max(0, this.due - now);
  }
}
