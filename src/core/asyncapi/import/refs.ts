// `$ref` resolution among the given files only: relative paths between them and JSON pointers.
// No network, no disk. Cycles are kept finite: a schema that refers to itself becomes a local
// `#/definitions/...` reference in the schema text.
import { unescapePointerSegment } from '../vocabulary';
import { ImportError } from './errors';
import { isObject } from '../../json';

export type Obj = Record<string, unknown>;
export const isObj: (v: unknown) => v is Obj = isObject;

/** Values produced when inlining schemas, over the whole import: guards against reference bombs. */
export const MAX_INLINED_VALUES = 500_000;
const MAX_HOPS = 64;

/** `a/b/../c` → `a/c`; backslashes as slashes; no leading `./`. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  const absolute = path.startsWith('/');
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** Percent-decoding that never throws: a malformed escape is taken literally. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `http://…`, `file:…`, `urn:…` — anything with a scheme (but not a Windows drive letter). */
function isRemote(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);
}

export interface Target { value: unknown; file: string; pointer: string }

export class Resolver {
  private files = new Map<string, unknown>();
  private budget = MAX_INLINED_VALUES;

  constructor(files: { path: string; data: unknown }[]) {
    for (const f of files) this.files.set(normalizePath(f.path), f.data);
  }

  /** The file a reference names, by its path relative to `from`; else by its trailing path parts
   * (a browser file picker gives bare names, not folders). */
  private fileFor(refPath: string, from: string): string {
    const wanted = normalizePath(dirOf(from) + refPath);
    if (this.files.has(wanted)) return wanted;
    const tail = normalizePath(refPath).split('/').filter((p) => p !== '..');
    for (let n = tail.length; n >= 1; n--) {
      const suffix = tail.slice(-n).join('/');
      const hits = [...this.files.keys()].filter((k) => k === suffix || k.endsWith('/' + suffix));
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) break;
    }
    throw new ImportError(`${from}: $ref "${refPath}" names a file that was not given (give every file the documents refer to)`);
  }

  /** Network references met inside schemas: kept as they are, never fetched. */
  readonly remoteSchemaRefs = new Set<string>();

  resolve(ref: string, from: string): Target {
    if (isRemote(ref))
      throw new ImportError(`${from}: $ref "${ref}" points outside the given files; only references between the given files are followed`);
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    const file = filePart ? this.fileFor(safeDecode(filePart), from) : normalizePath(from);
    let value = this.files.get(file);
    if (pointer && !pointer.startsWith('/')) throw new ImportError(`${from}: $ref "${ref}" is not a JSON pointer`);
    for (const raw of pointer.split('/').slice(1)) {
      const key = unescapePointerSegment(safeDecode(raw));
      if (Array.isArray(value) && /^\d+$/.test(key)) value = value[Number(key)];
      else if (isObj(value) && Object.prototype.hasOwnProperty.call(value, key)) value = value[key];
      else throw new ImportError(`${from}: $ref "${ref}" points to nothing`);
    }
    return { value, file, pointer };
  }

  /** Follows `$ref`s until a real node; reports where it lives (for the refs inside it). */
  deref(node: unknown, file: string): Target {
    let target: Target = { value: node, file, pointer: '' };
    for (let hops = 0; isObj(target.value) && typeof target.value.$ref === 'string'; hops++) {
      if (hops > MAX_HOPS) throw new ImportError(`${file}: $ref "${target.value.$ref}" is part of a reference loop`);
      target = this.resolve(target.value.$ref, target.file);
    }
    return target;
  }

  /**
   * `deref` for a schema: a reference to the network is where it stops, kept as it is (never
   * fetched; `inline` records it), as a reference nested in a schema is.
   */
  derefSchema(node: unknown, file: string): Target {
    let target: Target = { value: node, file, pointer: '' };
    for (let hops = 0; isObj(target.value) && typeof target.value.$ref === 'string' && !isRemote(target.value.$ref); hops++) {
      if (hops > MAX_HOPS) throw new ImportError(`${file}: $ref "${target.value.$ref}" is part of a reference loop`);
      target = this.resolve(target.value.$ref, target.file);
    }
    return target;
  }

  /**
   * A copy of `node` with every `$ref` replaced by its target; cycles become `#/definitions/<name>`.
   * `schemaRoot` is where `node` itself sits in `file`: references into it stay local (`#/…`), as the
   * schema text had them before an export pointed them into the document.
   */
  inline(node: unknown, file: string, schemaRoot?: string): unknown {
    const definitions = new Map<string, { name: string; target: Target; value?: unknown }>();
    const stack: string[] = [];
    const usedNames = new Set<string>();
    const walk = (n: unknown, f: string): unknown => {
      if (--this.budget < 0) throw new ImportError(`${f}: resolving $refs gives more than ${MAX_INLINED_VALUES} values (a reference bomb?)`);
      if (Array.isArray(n)) return n.map((x) => walk(x, f));
      if (!isObj(n)) return n;
      if (typeof n.$ref === 'string' && isRemote(n.$ref)) {
        // A schema may point at a registry or a URL; the text keeps the pointer for people and tools.
        this.remoteSchemaRefs.add(n.$ref);
        return { ...n };
      }
      if (typeof n.$ref === 'string') {
        const target = this.resolve(n.$ref, f);
        if (schemaRoot !== undefined && target.file === normalizePath(file) && (target.pointer === schemaRoot || target.pointer.startsWith(schemaRoot + '/')))
          return { ...n, $ref: '#' + target.pointer.slice(schemaRoot.length) };
        const key = `${target.file}#${target.pointer}`;
        if (stack.includes(key)) {
          let def = definitions.get(key);
          if (!def) {
            const base = (target.pointer.split('/').pop() || 'root').replace(/[^A-Za-z0-9_.-]/g, '_') || 'root';
            let name = base;
            for (let i = 2; usedNames.has(name); i++) name = `${base}_${i}`;
            usedNames.add(name);
            def = { name, target };
            definitions.set(key, def);
          }
          return { $ref: `#/definitions/${def.name}` };
        }
        stack.push(key);
        const value = walk(target.value, target.file);
        stack.pop();
        return value;
      }
      const out: Obj = {};
      // Defined, not assigned: a schema property named `__proto__` stays a property.
      for (const [k, v] of Object.entries(n)) Object.defineProperty(out, k, { value: walk(v, f), enumerable: true, writable: true, configurable: true });
      return out;
    };
    const root = walk(node, file);
    for (let pending = [...definitions.entries()].filter(([, d]) => d.value === undefined); pending.length; pending = [...definitions.entries()].filter(([, d]) => d.value === undefined)) {
      for (const [key, def] of pending) {
        stack.push(key);
        def.value = walk(def.target.value, def.target.file);
        stack.pop();
      }
    }
    if (definitions.size === 0 || !isObj(root)) return root;
    const defs: Obj = isObj(root.definitions) ? { ...root.definitions } : {};
    for (const def of definitions.values()) Object.defineProperty(defs, def.name, { value: def.value, enumerable: true, writable: true, configurable: true });
    return { ...root, definitions: defs };
  }
}
