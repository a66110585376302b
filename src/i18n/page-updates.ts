import type { ReactiveControllerHost } from 'lit';

/**
 * Re-renders every connected host at once when something page-wide changes
 * (the document's languages, the minute): one observer or timer serves a
 * thousand elements as cheaply as one. `start` sets it up when the first
 * host connects, given the function that re-renders them all, and returns
 * how to stop it, which happens when the last host leaves. A host may join
 * with a condition, asked at each change: it re-renders only when that holds.
 */
export function pageUpdates(
  start: (updateAll: () => void) => () => void,
): (host: ReactiveControllerHost, when?: () => boolean) => void {
  const hosts = new Map<ReactiveControllerHost, () => boolean>();
  let stop: (() => void) | undefined;
  return (host, when = () => true) =>
    host.addController({
      hostConnected() {
        hosts.set(host, when);
        stop ??= start(() => hosts.forEach((holds, each) => holds() && each.requestUpdate()));
      },
      hostDisconnected() {
        hosts.delete(host);
        if (!hosts.size) {
          stop?.();
          stop = undefined;
        }
      },
    });
}
