import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, type Loaded } from '../data/answer.js';
import { absolute, heldUntil, loadText, remember } from './loader.js';
import { PollSchedule } from './poll-schedule.js';
import { channelFor, lead, type SharedAnswer } from './tab-leader.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a poll hands its answers to (an element's story source), and asks how long to wait and how much to read. */
export interface PollReader {
  readonly timeout: number;
  readonly maxBytes: number;
  take(answer: Loaded | LoadError): void;
}

const polls = new Map<string, Poll>();

/**
 * One poll per URL per page: each answer goes to every element showing the
 * URL, at the shortest interval any of them asks for. It polls only while
 * the page is visible and this tab leads for the URL (see tab-leader.ts);
 * otherwise it takes the answers the leading tab shares.
 */
class Poll {
  readonly #url: string;
  readonly #members = new Set<PollingController>();
  readonly #schedule = new PollSchedule(
    () => Math.min(...[...this.#members].map((member) => member.interval())) * 1000,
  );
  readonly #channel: BroadcastChannel;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #resign: (() => void) | undefined;
  #leading = false;
  #abort: AbortController | undefined;

  constructor(url: string, first: PollingController) {
    this.#url = url;
    polls.set(url, this);
    this.#schedule.due = Infinity;
    this.join(first);
    document.addEventListener('visibilitychange', this.#seen);
    this.#channel = channelFor(url);
    this.#channel.onmessage = this.#heard;
    this.#seen();
  }

  join(member: PollingController): void {
    this.#members.add(member);
    // The first poll comes an interval after the elements' own load (or once that answer's freshness
    // has run out); an element asking more often than the others brings the next poll forward.
    const now = Date.now();
    if (now + member.interval() * 1000 < this.#schedule.due) {
      this.#schedule.next(now, true, heldUntil(this.#url) - now);
      if (this.#leading) this.#arm(this.#schedule.left(now));
    }
  }

  leave(member: PollingController): void {
    this.#members.delete(member);
    if (this.#members.size) return;
    polls.delete(this.#url);
    document.removeEventListener('visibilitychange', this.#seen);
    this.#channel.close();
    this.#stand();
    this.#abort?.abort();
  }

  /** Stops polling from this tab: no timer, and the lead (or the wait for it) given up. */
  #stand(): void {
    clearTimeout(this.#timer);
    this.#resign?.();
    this.#timer = this.#resign = undefined;
    this.#leading = false;
  }

  /** A hidden tab neither polls nor leads. A visible one asks to lead, and leading polls when due: at once if overdue. */
  readonly #seen = () => {
    this.#stand();
    if (document.hidden) return;
    this.#resign = lead(this.#url, () => {
      this.#leading = true;
      this.#arm(this.#schedule.left(Date.now()));
    });
  };

  #arm(wait: number): void {
    clearTimeout(this.#timer);
    if (wait > 0) this.#timer = setTimeout(this.#tick, wait);
    else void this.#tick();
  }

  /** Shows an answer, or a failure, in every element polling the URL. */
  #give(answer: Loaded | LoadError): void {
    for (const member of this.#members) member.reader.take(answer);
  }

  readonly #tick = async () => {
    this.#timer = undefined;
    let answer: Loaded | LoadError | undefined;
    // An answer still fresh (a new element's load, another tab's share) is not asked for again.
    if (heldUntil(this.#url) <= Date.now()) {
      const abort = (this.#abort = new AbortController());
      // As long and as much as the most patient and most generous element showing the URL waits and reads.
      const most = (limit: 'timeout' | 'maxBytes') =>
        Math.max(...[...this.#members].map(({ reader }) => reader[limit]));
      answer = await loadText(this.#url, {
        cache: 'no-cache',
        signal: abort.signal,
        timeout: most('timeout'),
        maxBytes: most('maxBytes'),
      }).catch((error: LoadError) => error);
      if (abort.signal.aborted) return;
      this.#give(answer);
    }
    const now = Date.now();
    const hold = heldUntil(this.#url) - now;
    const failed = answer instanceof LoadError;
    const next = this.#schedule.next(now, !failed, hold);
    if (this.#leading) this.#arm(next);
    if (answer && !failed) this.#channel.postMessage({ ...answer, hold, next });
  };

  /** Another tab's answer: shown here as if fetched here, and its schedule adopted (for when this tab takes over). */
  readonly #heard = ({ data: { url, text, contentType, hold, next } }: MessageEvent<SharedAnswer>) => {
    this.#give(remember(this.#url, text, contentType, hold, url));
    if (!this.#leading) this.#schedule.due = Date.now() + next;
  };
}

/**
 * Refreshes an element's story source every `interval` seconds while the
 * element is on the page, sharing one poll per URL with every other element
 * (and tab) showing it. The timing — jitter, backoff, the server's
 * `max-age` and `Retry-After` — is poll-schedule.ts's. Leaving the page
 * stops it, timers and listeners included. Started and stopped by the
 * element's StoryController alone.
 */
export class PollingController implements ReactiveController {
  readonly #host: Host;
  #url: string | undefined;
  #poll: Poll | undefined;

  constructor(
    host: Host,
    readonly reader: PollReader,
    /** Seconds between refreshes. */
    readonly interval: () => number,
  ) {
    this.#host = host;
    host.addController(this);
  }

  /** Polls `url`, joining the poll of any element already polling it. */
  start(url: string): void {
    this.#url = url;
    this.hostDisconnected();
    if (this.#host.isConnected) this.hostConnected();
  }

  stop(): void {
    this.#url = undefined;
    this.hostDisconnected();
  }

  hostConnected(): void {
    const url = this.#url && absolute(this.#url);
    if (!url) return;
    this.#poll = polls.get(url);
    if (this.#poll) this.#poll.join(this);
    else this.#poll = new Poll(url, this);
  }

  hostDisconnected(): void {
    this.#poll?.leave(this);
    this.#poll = undefined;
  }
}
