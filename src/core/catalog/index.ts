// The event catalog exports (PRODUCT.md §4): a readable catalog as HTML or Markdown, and an
// EventCatalog project. Pure: design (+ lint findings) → files; the CLI writes, the UI zips.
export { catalogHtml } from './html';
export { catalogMarkdown } from './markdown';
export { eventCatalogProject, type EventCatalogOptions } from './eventcatalog/project';
export { EVENTCATALOG_CORE_VERSION } from './eventcatalog/config';
export { ownerNote } from './eventcatalog/owner-note';
export type { CatalogFile } from './types';
export type { CatalogOptions } from './view';
