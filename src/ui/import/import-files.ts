// Files for an AsyncAPI import, each known by its relative path: a folder picked
// (`webkitRelativePath`) or dropped (its entries' full paths) keeps its layout, so `../common/…`
// references resolve and every error names the file; several picked files of the same name
// (no folders known) are told apart as `asyncapi.yaml`, `asyncapi (2).yaml`, …
const ASYNCAPI_FILE = /\.(ya?ml|json)$/i;

export interface NamedFile { path: string; file: File }

/** Picked files (or a picked folder): their relative paths, same names told apart. */
export function namedFiles(files: File[]): NamedFile[] {
  const taken = new Set<string>();
  const out: NamedFile[] = [];
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    // A folder brings every file in it: only YAML and JSON can be AsyncAPI or what it refers to.
    if (file.webkitRelativePath && !ASYNCAPI_FILE.test(path)) continue;
    let unique = path;
    const dot = path.lastIndexOf('.');
    for (let n = 2; taken.has(unique); n++) unique = dot > 0 ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
    taken.add(unique);
    out.push({ path: unique, file });
  }
  return out;
}

type Entry = FileSystemEntry;

function readAll(reader: FileSystemDirectoryReader): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const all: Entry[] = [];
    const next = () => reader.readEntries((batch) => {
      if (batch.length === 0) resolve(all);
      else {
        all.push(...batch);
        next();
      }
    }, reject);
    next();
  });
}

/** The files of a drop, folders walked (paths relative to the dropped items); undefined when nothing was a folder. */
export async function droppedFiles(items: DataTransferItemList): Promise<NamedFile[] | undefined> {
  const entries = [...items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is Entry => !!e);
  if (!entries.some((e) => e.isDirectory)) return undefined;
  const out: NamedFile[] = [];
  const walk = async (entry: Entry): Promise<void> => {
    if (entry.isFile) {
      if (!ASYNCAPI_FILE.test(entry.name)) return;
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
    } else if (entry.isDirectory) {
      for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child);
    }
  };
  for (const e of entries) await walk(e);
  return out;
}
