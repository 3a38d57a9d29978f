// JSON.parse for text from a link: nesting is checked before parsing (a linear scan, so a
// 100,000-deep array cannot overflow anything) and prototype keys are refused outright.
import { damaged, ShareError } from './errors';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function parseLinkJson(text: string, depthCap: number): unknown {
  if (maxDepth(text) > depthCap) throw new ShareError(`This share link holds data nested more than ${depthCap} levels deep; it was not opened.`);
  try {
    return JSON.parse(text, (key, value) => {
      if (FORBIDDEN.has(key)) throw new ShareError(`This share link holds a key named ${JSON.stringify(key)}, which a design never has; it was not opened.`);
      return value;
    });
  } catch (e) {
    if (e instanceof ShareError) throw e;
    return damaged('its content is not valid JSON');
  }
}
