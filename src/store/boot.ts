import { emptyDesign } from '../core/model/factories';
import { restoreDesign } from '../core/model/restore';
import type { Design } from '../core/model/types';
import { designsDb, storageErrorMessage, type DesignsDb } from './persistence/designs-db';
import { clearJournal, lastOpen, readJournal } from './persistence/journal';
import { randomUuid } from './random';

export const newDocId = (): string => randomUuid();

export interface InitialDesign {
  docId: string;
  design: Design;
  problems: string[];
  /** Storage failed or the saved design could not be read: the app offers a way out. */
  storageTrouble: boolean;
  /**
   * The latest save time found for this design (journal or record). Autosave stamps every later
   * save above it, so a save made after this start always reads as newer, even if the wall clock
   * has stepped back since (NTP, a resumed machine) or a stale journal is still lying there.
   */
  stamp: number;
}

/**
 * The design to show at start: the last one open, from IndexedDB or from the journal when the
 * journal is newer (the page closed before the IndexedDB save finished).
 */
export async function openInitialDesign(db: DesignsDb = designsDb): Promise<InitialDesign> {
  const problems: string[] = [];
  let storageTrouble = false;
  const docId = lastOpen.get();
  const journal = readJournal();
  let record;
  if (docId) {
    try {
      record = await db.get(docId);
    } catch (e) {
      problems.push(storageErrorMessage(e));
      storageTrouble = true;
    }
  }
  const stamp = Math.max(0, journal?.docId === docId ? journal.savedAt : 0, typeof record?.updatedAt === 'number' ? record.updatedAt : 0);
  const candidates = [] as { file: unknown; source: string; saved: boolean }[];
  if (journal && journal.docId === docId && (!record || journal.savedAt >= record.updatedAt)) candidates.push({ file: journal.file, source: 'the unsaved changes', saved: false });
  if (record) candidates.push({ file: record.file, source: 'the saved design', saved: true });
  for (const candidate of candidates) {
    try {
      const design = restoreDesign(candidate.file).file.design;
      if (candidate.saved && journal?.docId === docId) clearJournal(docId!);
      return { docId: docId!, design, problems, storageTrouble, stamp };
    } catch (e) {
      problems.push(`Could not open ${candidate.source}: ${(e as Error).message}`);
      if (candidate.saved) storageTrouble = true;
    }
  }
  return { docId: newDocId(), design: emptyDesign(), problems, storageTrouble, stamp: 0 };
}
