// JSON pointers into a schema for a dotted field path, for findings that point at a field.
import { escapePointerToken } from '../schema';

/** Where `a.b` is (or would be) declared: `/properties/a/properties/b`; `lines[].sku` via `/items`. */
export function pointerForField(path: string): string {
  let pointer = '';
  for (const part of path.split('.')) {
    const name = part.replace(/(\[\])+$/, '');
    pointer += `/properties/${escapePointerToken(name)}`;
    for (let i = 0; i < (part.length - name.length) / 2; i++) pointer += '/items';
  }
  return pointer;
}
