import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One timer for the whole page re-renders every element that shows a
 * relative time ("5 minutes ago"), once a minute. It runs only while at
 * least one such element is connected.
 */
const TICK = 60_000;
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

export class ClockController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    timer ??= setInterval(() => hosts.forEach((host) => host.requestUpdate()), TICK);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
