import type { DesignFile } from '../../core/model/types';

/**
 * A synchronous copy of the latest design in localStorage, written on pagehide: IndexedDB writes
 * are asynchronous and may not finish when a page is closed or reloaded right after an edit.
 */
const KEY = 'eventsmith:journal';
const LAST = 'eventsmith:last-open';

export interface JournalEntry { docId: string; savedAt: number; file: DesignFile }

export function writeJournal(entry: JournalEntry): void {
  localStorage.setItem(KEY, JSON.stringify(entry));
}

export function readJournal(): JournalEntry | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as JournalEntry;
    return value && typeof value.docId === 'string' && typeof value.savedAt === 'number' ? value : null;
  } catch {
    return null;
  }
}

export function clearJournal(docId: string): void {
  const entry = readJournal();
  if (entry?.docId === docId) localStorage.removeItem(KEY);
}

export const lastOpen = {
  get: (): string | null => {
    try {
      return localStorage.getItem(LAST);
    } catch {
      return null;
    }
  },
  set: (docId: string) => {
    try {
      localStorage.setItem(LAST, docId);
    } catch {
      /* the journal write reports storage failures; this hint is optional */
    }
  },
};
