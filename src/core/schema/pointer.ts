// Local JSON pointers (`#/definitions/Money`, `#/$defs/a~1b`) inside one schema document.
import { escapePointerToken, isObject, unescapePointerToken } from '../json';

export { escapePointerToken, isObject };

export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((t) => '/' + escapePointerToken(String(t))).join('');
}

/**
 * The pointer (without `#`) a local `$ref` names, or undefined for a remote or malformed one.
 * Percent-escapes are decoded first (a URI fragment), then `~1` and `~0` per RFC 6901.
 */
export function localRefPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment !== '' && !fragment.startsWith('/')) return undefined; // a plain-name anchor
  return fragment;
}

/** The value at a pointer, or undefined. Own properties only: `__proto__` is just a key. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapePointerToken(raw);
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (isObject(node)) {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = node[token];
    } else return undefined;
  }
  return node;
}
