export { hasOwn, isObject, type JsonObject } from './guards';
export { escapePointerToken, unescapePointerToken } from './pointer';
