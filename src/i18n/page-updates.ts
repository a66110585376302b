import type { ReactiveControllerHost } from 'lit';

/**
 * Re-renders every connected host at once when something page-wide changes
 * (the document's languages, the minute): one observer or timer serves a
 * thousand elements as cheaply as one. `start` sets it up when the first
 * host connects, given the function that re-renders them all, and returns
 * how to stop it, which happens when the last host leaves.
 */
export function pageUpdates(
  start: (updateAll: () => void) => () => void,
): (host: ReactiveControllerHost) => void {
  const hosts = new Set<ReactiveControllerHost>();
  let stop: (() => void) | undefined;
  return (host) =>
    host.addController({
      hostConnected() {
        hosts.add(host);
        stop ??= start(() => hosts.forEach((each) => each.requestUpdate()));
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
