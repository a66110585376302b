/**
 * A signal that aborts, with its reason, as soon as any of `signals` does:
 * `AbortSignal.any` where the browser has it (Chrome 116, Firefox 124,
 * Safari 17.4), else the same made of listeners.
 */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (AbortSignal.any) return AbortSignal.any(signals);
  const combined = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      combined.abort(signal.reason);
      break;
    }
    // Removed with `combined.signal` once it aborts, so no source keeps the others' listeners.
    signal.addEventListener('abort', () => combined.abort(signal.reason), {
      once: true,
      signal: combined.signal,
    });
  }
  return combined.signal;
}
