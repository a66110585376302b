import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface PollingOptions {
  /** Seconds between refreshes. */
  interval: () => number;
  /** Does one refresh; resolves `true` on success. */
  refresh: () => Promise<boolean>;
}

/** The longest wait between tries, however many have failed. */
const MAX_BACKOFF = 30 * 60 * 1000;

/**
 * Calls `refresh` every `interval` seconds while the element is on the page
 * and the page is visible. After failures it waits longer — doubling, up to
 * half an hour, with ±20% jitter so a thousand pages that failed together
 * do not come back together. Leaving the page stops it, timers and listeners
 * included.
 */
export class PollingController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private dueAt = 0;
  private running = false;

  constructor(
    private readonly host: Host,
    private readonly options: PollingOptions,
  ) {
    host.addController(this);
  }

  /** Starts polling (after one interval), or restarts the count after a change of source. */
  start(): void {
    this.running = true;
    this.failures = 0;
    if (this.host.isConnected) this.schedule(this.delay());
  }

  stop(): void {
    this.running = false;
    this.clear();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (this.running) this.schedule(this.delay());
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.clear();
  }

  /** Milliseconds until the next try: the interval, doubled per failure, jittered. */
  private delay(): number {
    const base = this.options.interval() * 1000 * 2 ** this.failures;
    const jitter = this.failures > 0 ? 0.8 + Math.random() * 0.4 : 1;
    return Math.min(base, MAX_BACKOFF) * jitter;
  }

  private schedule(delay: number): void {
    this.clear();
    this.dueAt = Date.now() + delay;
    // A hidden page keeps its due time and is refreshed when it is seen again.
    if (document.hidden) return;
    this.timer = setTimeout(this.tick, delay);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = async () => {
    this.timer = undefined;
    const succeeded = await this.options.refresh();
    if (!this.running || !this.host.isConnected) return;
    this.failures = succeeded ? 0 : this.failures + 1;
    this.schedule(this.delay());
  };

  private readonly handleVisibility = () => {
    if (!this.running) return;
    if (document.hidden) return this.clear();
    this.schedule(Math.max(0, this.dueAt - Date.now()));
  };
}
