/** A failed assertion's error, made fit to send to the runner: DOM nodes become their markup. */
export function reportable(error: { actual?: unknown; expected?: unknown } | undefined): void;
