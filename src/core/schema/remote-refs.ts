// `$ref`s that name the network (a schema registry, a URL, a URN). Eventsmith works offline and
// never fetches another host, so a schema that leans on one cannot be fully checked: what it
// refers to is unknown here. Imports keep such references as they are (asyncapi/import/refs.ts).
import { appendPointer, isObject } from './pointer';

export interface RemoteRef { ref: string; /** JSON pointer of the `$ref` inside the schema. */ path: string }

/** `https://…`, `urn:…` — a reference with a scheme (not a Windows drive letter, not `#…` or a relative path). */
export const isRemoteRef = (ref: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);

/** Every remote `$ref` of a parsed schema, in document order (iterative: deep schemas do not overflow). */
export function remoteRefs(schema: unknown): RemoteRef[] {
  const out: RemoteRef[] = [];
  const stack: [unknown, string][] = [[schema, '']];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], appendPointer(path, i)]);
    } else if (isObject(node)) {
      if (typeof node.$ref === 'string' && isRemoteRef(node.$ref)) out.push({ ref: node.$ref, path: appendPointer(path, '$ref') });
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) if (entries[i][0] !== '$ref') stack.push([entries[i][1], appendPointer(path, entries[i][0])]);
    }
  }
  return out;
}
