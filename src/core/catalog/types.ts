/** One file of an export: a relative path with forward slashes, and its text. */
export interface CatalogFile {
  path: string;
  content: string;
}
