/**
 * Which breaking items the reader dismissed, remembered across reloads in
 * localStorage (one namespaced key, the most recent ids only). Where storage
 * is unavailable or throws — private modes, sandboxed frames, full quota —
 * dismissals last for the page's life and nothing breaks.
 */

const STORAGE_KEY = 'lede-widgets:dismissed';
/** Enough for a busy news day; old ids fall off the end. */
const REMEMBERED = 50;

/**
 * The dismissed ids, most recent first: read from storage once, then kept
 * here, until another tab changes them.
 */
let remembered: string[] | undefined;

// A dismissal in another tab of the site counts here from its next render: any
// change to storage (rare) has it read again. (No window, no listener: Node, for SSR.)
globalThis.addEventListener?.('storage', () => (remembered = undefined));

function readStored(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function recent(): string[] {
  return (remembered ??= readStored());
}

/** Asked for every story at every render: answered from memory, not storage. */
export function isDismissed(id: string): boolean {
  return recent().includes(id);
}

export function dismiss(id: string): void {
  remembered = [id, ...recent().filter((stored) => stored !== id)].slice(0, REMEMBERED);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(remembered));
  } catch {
    // Remembered for this page only.
  }
}
