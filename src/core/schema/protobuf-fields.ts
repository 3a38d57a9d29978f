// Best-effort fields of a Protobuf (.proto) text, enough for field-path lints.
// The first top-level message is the payload. Read: scalar, message and enum fields, nested
// messages and enums, `repeated` (as `name[]`), `map<K,V>` (an object, values not descended),
// `oneof` members (optional), `optional`/`required` labels. Not read: imports (types from other
// files have no fields), extensions, groups, options. Presence: a plain proto3 field always has a
// value on the wire-decoded message, so it is required; `optional`, proto2 `optional` and
// oneof members are not. google.protobuf.Timestamp is `string` with format `date-time`.

import { LIMITS } from './json-fields';
import type { FieldFact } from './types';

const SCALAR: Record<string, string> = {
  string: 'string', bytes: 'string', bool: 'boolean', double: 'number', float: 'number',
  int32: 'integer', int64: 'integer', uint32: 'integer', uint64: 'integer', sint32: 'integer',
  sint64: 'integer', fixed32: 'integer', fixed64: 'integer', sfixed32: 'integer', sfixed64: 'integer',
};

interface ProtoField { name: string; type: string; label?: 'optional' | 'repeated' | 'required'; inOneof: boolean; map: boolean }
interface ProtoMessage { name: string; fields: ProtoField[]; messages: Map<string, ProtoMessage>; enums: Set<string>; parent?: ProtoMessage }

function tokenize(text: string): string[] {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
  return src.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[A-Za-z_.][A-Za-z0-9_.]*|\d[\w.+-]*|[{}<>;=,[\]()]/g) ?? [];
}

class Parser {
  i = 0;
  constructor(readonly t: string[]) {}
  peek(): string | undefined { return this.t[this.i]; }
  next(): string | undefined { return this.t[this.i++]; }
  /** Skips a statement up to `;`, or a block `{ ... }` with everything nested in it. */
  skipStatement(): void {
    let depth = 0;
    while (this.i < this.t.length) {
      const tok = this.next();
      if (tok === '{') depth++;
      else if (tok === '}') { depth--; if (depth <= 0) return; }
      else if (tok === ';' && depth === 0) return;
    }
  }
  skipBrackets(): void {
    if (this.peek() !== '[') return;
    while (this.i < this.t.length && this.next() !== ']');
  }
  parseBody(msg: ProtoMessage, proto3: boolean, inOneof: boolean, depth: number): void {
    if (this.next() !== '{') return;
    while (this.i < this.t.length) {
      const tok = this.peek();
      if (tok === '}') { this.next(); return; }
      if (tok === ';') { this.next(); continue; }
      if (tok === 'message' && depth < LIMITS.maxDepth) {
        this.next();
        const child: ProtoMessage = { name: this.next() ?? '', fields: [], messages: new Map(), enums: new Set(), parent: msg };
        msg.messages.set(child.name, child);
        this.parseBody(child, proto3, false, depth + 1);
        continue;
      }
      if (tok === 'enum') { this.next(); msg.enums.add(this.next() ?? ''); this.skipStatement(); continue; }
      if (tok === 'oneof') { this.next(); this.next(); this.parseBody(msg, proto3, true, depth); continue; }
      if (tok === 'option' || tok === 'reserved' || tok === 'extensions' || tok === 'extend') { this.skipStatement(); continue; }
      this.parseField(msg, inOneof);
    }
  }
  parseField(msg: ProtoMessage, inOneof: boolean): void {
    let label: ProtoField['label'];
    const first = this.peek();
    if (first === 'optional' || first === 'repeated' || first === 'required') { label = first; this.next(); }
    let type = this.next() ?? '';
    let map = false;
    if (type === 'map' && this.peek() === '<') {
      map = true;
      while (this.i < this.t.length && this.next() !== '>');
    }
    const name = this.next() ?? '';
    if (this.peek() !== '=' || !/^[A-Za-z_]\w*$/.test(name)) { this.skipStatement(); return; }
    this.next(); // =
    this.next(); // number
    this.skipBrackets();
    if (this.peek() === ';') this.next();
    if (map) type = 'map';
    msg.fields.push({ name, type, label, inOneof, map });
  }
}

/** Finds a message type by name as protoc would: from the innermost scope outwards. */
function lookup(scope: ProtoMessage | undefined, top: Map<string, ProtoMessage>, name: string): ProtoMessage | 'enum' | undefined {
  const parts = name.replace(/^\./, '').split('.');
  for (let s = scope; s; s = s.parent) {
    let hit: ProtoMessage | undefined = s.messages.get(parts[0]);
    if (!hit && parts.length === 1 && s.enums.has(parts[0])) return 'enum';
    for (let k = 1; hit && k < parts.length; k++) hit = hit.messages.get(parts[k]);
    if (hit) return hit;
  }
  let hit = top.get(parts[0]) ?? top.get(parts[parts.length - 1]);
  for (let k = 1; hit && hit.name === parts[0] && k < parts.length; k++) hit = hit.messages.get(parts[k]);
  return hit;
}

export function protobufFields(text: string): { fields: FieldFact[]; truncated: boolean; error?: string } {
  const tokens = tokenize(text);
  const proto3 = /syntax\s*=\s*["']proto3["']/.test(text) || !/syntax\s*=/.test(text);
  const p = new Parser(tokens);
  const top = new Map<string, ProtoMessage>();
  const topEnums = new Set<string>();
  let root: ProtoMessage | undefined;
  while (p.i < tokens.length) {
    const tok = p.next();
    if (tok === 'message') {
      const msg: ProtoMessage = { name: p.next() ?? '', fields: [], messages: new Map(), enums: new Set() };
      top.set(msg.name, msg);
      root ??= msg;
      p.parseBody(msg, proto3, false, 0);
    } else if (tok === 'enum') { topEnums.add(p.next() ?? ''); p.skipStatement(); }
    else if (tok === 'service' || tok === 'extend') { p.next(); p.skipStatement(); }
    else if (tok !== ';') { p.i--; p.skipStatement(); }
  }
  if (!root) return { fields: [], truncated: false, error: 'No message found in the Protobuf schema' };
  const fields: FieldFact[] = [];
  let truncated = false;
  const walk = (msg: ProtoMessage, prefix: string, chain: boolean, active: Set<ProtoMessage>, depth: number): void => {
    for (const f of msg.fields) {
      if (fields.length >= LIMITS.maxFields || depth > LIMITS.maxDepth) { truncated = true; return; }
      const path = prefix === '' ? f.name : `${prefix}.${f.name}`;
      const required = !f.inOneof && f.label !== 'repeated' && (f.label === 'required' || (proto3 && f.label !== 'optional'));
      const fact: FieldFact = { path, required: required || f.label === 'repeated', requiredChain: false, jsonPointer: '' };
      fact.requiredChain = chain && fact.required;
      const target = f.map || SCALAR[f.type] ? undefined : lookup(msg, top, f.type);
      let type: string | undefined = f.map ? 'object' : SCALAR[f.type];
      if (/(^|\.)google\.protobuf\.Timestamp$/.test(f.type)) { type = 'string'; fact.format = 'date-time'; }
      else if (target === 'enum' || topEnums.has(f.type)) type = 'string';
      else if (target) type = 'object';
      if (f.label === 'repeated') fact.type = 'array';
      else if (type) fact.type = type;
      fields.push(fact);
      if (target && target !== 'enum' && !active.has(target)) {
        const childPath = f.label === 'repeated' ? `${path}[]` : path;
        walk(target, childPath, fact.requiredChain && f.label !== 'repeated', new Set([...active, target]), depth + 1);
      }
    }
  };
  walk(root, '', true, new Set([root]), 0);
  return { fields, truncated };
}
