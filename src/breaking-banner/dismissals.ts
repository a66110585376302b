/**
 * Which breaking items the reader dismissed, remembered across reloads in
 * localStorage (one namespaced key, the most recent ids only). Where storage
 * is unavailable or throws — private modes, sandboxed frames, full quota —
 * dismissals last for the page's life and nothing breaks.
 */

const STORAGE_KEY = 'lede-widgets:dismissed';
/** Enough for a busy news day; old ids fall off the end. */
const REMEMBERED = 50;

const inMemory = new Set<string>();

function readStored(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function isDismissed(id: string): boolean {
  return inMemory.has(id) || readStored().includes(id);
}

export function dismiss(id: string): void {
  inMemory.add(id);
  try {
    const ids = [id, ...readStored().filter((stored) => stored !== id)].slice(0, REMEMBERED);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // Remembered in memory only.
  }
}

/** For tests: forget this page's dismissals (stored ones stay). */
export function forgetDismissalsInMemory(): void {
  inMemory.clear();
}

export const DISMISSALS_STORAGE_KEY = STORAGE_KEY;
