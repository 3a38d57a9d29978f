// The catalog exports inside a Web Worker: writing a catalog reads every event's schema facts (each
// under its own budget), which a hostile design can make add up to seconds; in the browser that work
// happens here, off the page's thread. One request per worker: the page starts a worker for an
// export and ends it when the files are back (or when its time is up).
import type { Drawing } from '../layout/drawing';
import type { PlainFinding } from '../lint/types';
import type { Design } from '../model/types';
import type { ValidationResults } from '../validate/types';
import { catalogHtml, catalogMarkdown, eventCatalogProject, ownerNote, type CatalogFile } from './index';

export type CatalogFormat = 'html' | 'markdown' | 'eventcatalog';

export interface CatalogRequest {
  format: CatalogFormat;
  design: Design;
  findings: PlainFinding[];
  validation: ValidationResults;
  /** The canvas's drawing (HTML only: the catalog's diagram follows the canvas). */
  drawing?: Drawing;
}

export type CatalogResponse = { ok: true; files: CatalogFile[]; note: string | null } | { ok: false; error: string };

export interface CatalogScopeLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: CatalogResponse): void;
}

export function writeCatalog(request: CatalogRequest): CatalogResponse {
  const { format, design, findings, validation, drawing } = request;
  if (format === 'html') return { ok: true, files: catalogHtml(design, { findings, drawing, validation }), note: null };
  if (format === 'markdown') return { ok: true, files: catalogMarkdown(design, { findings, validation }), note: null };
  // Owners are never made up: the note says where the unowned went (the design's owner, or nowhere).
  return { ok: true, files: eventCatalogProject(design, { findings, validation }), note: ownerNote(design) };
}

export function attachCatalogWorker(scope: CatalogScopeLike): void {
  scope.onmessage = ({ data }) => {
    try {
      scope.postMessage(writeCatalog(data as CatalogRequest));
    } catch (e) {
      scope.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
}
