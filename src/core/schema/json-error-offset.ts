// Finds where a JSON text first goes wrong. Engines disagree on whether (and how) their
// JSON.parse errors carry a position, so the position is computed here instead.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Offset of the first syntax error, or -1 when the text is valid JSON. Iterative: no stack to overflow. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // Stack of open containers: 'o' object, 'a' array.
  const stack: string[] = [];
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const scanString = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { i += 1; return false; }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else { i += 1; return false; }
      } else i++;
    }
    return false;
  };
  const scanScalar = (): boolean => {
    const rest = text.slice(i, i + 5);
    for (const word of ['true', 'false', 'null']) {
      if (rest.startsWith(word)) { i += word.length; return true; }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };
  // expect: 'value' | 'key' | 'after' (after a value inside a container)
  let expect: 'value' | 'key-or-end' | 'key' | 'value-or-end' | 'after' = 'value';
  for (;;) {
    skipWs();
    if (i >= n) return expect === 'after' && stack.length === 0 ? -1 : n;
    const ch = text[i];
    if (expect === 'after') {
      if (stack.length === 0) return i; // trailing garbage
      const top = stack[stack.length - 1];
      if (ch === ',') { i++; expect = top === 'o' ? 'key' : 'value'; continue; }
      if ((ch === '}' && top === 'o') || (ch === ']' && top === 'a')) { i++; stack.pop(); continue; }
      return i;
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (ch === '}' && expect === 'key-or-end') { i++; stack.pop(); expect = 'after'; continue; }
      if (ch !== '"' || !scanString()) return i;
      skipWs();
      if (text[i] !== ':') return Math.min(i, n);
      i++;
      expect = 'value';
      continue;
    }
    // a value
    if (ch === ']' && expect === 'value-or-end') { i++; stack.pop(); expect = 'after'; continue; }
    if (ch === '{') { i++; stack.push('o'); expect = 'key-or-end'; continue; }
    if (ch === '[') { i++; stack.push('a'); expect = 'value-or-end'; continue; }
    if (ch === '"') { if (!scanString()) return Math.min(i, n); expect = 'after'; continue; }
    const start = i;
    if (!scanScalar()) return start;
    expect = 'after';
  }
}
