import { emptyDesign } from '../core/model/factories';
import { restoreDesign } from '../core/model/restore';
import type { Design } from '../core/model/types';
import { designsDb, storageErrorMessage, type DesignsDb } from './persistence/designs-db';
import { clearJournal, lastOpen, readJournal } from './persistence/journal';

export const newDocId = (): string => crypto.randomUUID();

export interface InitialDesign {
  docId: string;
  design: Design;
  problems: string[];
}

/**
 * The design to show at start: the last one open, from IndexedDB or from the journal when the
 * journal is newer (the page closed before the IndexedDB save finished).
 */
export async function openInitialDesign(db: DesignsDb = designsDb): Promise<InitialDesign> {
  const problems: string[] = [];
  const docId = lastOpen.get();
  const journal = readJournal();
  let record;
  if (docId) {
    try {
      record = await db.get(docId);
    } catch (e) {
      problems.push(storageErrorMessage(e));
    }
  }
  const candidates = [] as { file: unknown; source: string }[];
  if (journal && journal.docId === docId && (!record || journal.savedAt >= record.updatedAt)) candidates.push({ file: journal.file, source: 'the unsaved changes' });
  if (record) candidates.push({ file: record.file, source: 'the saved design' });
  for (const candidate of candidates) {
    try {
      const design = restoreDesign(candidate.file).file.design;
      if (candidate.source === 'the saved design' && journal?.docId === docId) clearJournal(docId!);
      return { docId: docId!, design, problems };
    } catch (e) {
      problems.push(`Could not open ${candidate.source}: ${(e as Error).message}`);
    }
  }
  return { docId: newDocId(), design: emptyDesign(), problems };
}
