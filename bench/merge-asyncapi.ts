// One AsyncAPI 3.0 document holding a whole system: the union of the per-service documents the
// exporter writes (channels by key with their messages merged, operations by key, message
// components by name). It is what the peers (Spectral, the official parser) read in one go: the
// same content as the design, without repeating shared messages in every consumer's document.
import { toYaml, type AsyncApiDocument } from '../src/core/asyncapi/export';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

function mergeInto(target: Obj, source: unknown): void {
  for (const [key, value] of Object.entries(obj(source))) if (!(key in target)) target[key] = value;
}

export function mergeDocuments(documents: readonly AsyncApiDocument[], title: string, version = '1.0.0'): Obj {
  const channels: Obj = {};
  const operations: Obj = {};
  const servers: Obj = {};
  const components: Record<string, Obj> = {};
  for (const { document } of documents) {
    for (const [key, channel] of Object.entries(obj(document.channels))) {
      const existing = channels[key] as Obj | undefined;
      if (!existing) channels[key] = { ...obj(channel), messages: { ...obj(obj(channel).messages) } };
      else mergeInto(existing.messages as Obj, obj(channel).messages);
    }
    mergeInto(operations, document.operations);
    mergeInto(servers, document.servers);
    for (const [section, entries] of Object.entries(obj(document.components))) mergeInto((components[section] ??= {}), entries);
  }
  const merged: Obj = {
    asyncapi: '3.0.0',
    info: { title, version, description: `Every service of ${title} in one document.` },
    defaultContentType: 'application/json',
  };
  if (Object.keys(servers).length) merged.servers = servers;
  merged.channels = channels;
  merged.operations = operations;
  merged.components = components;
  return merged;
}

const mergedCache = new Map<string, string>();

/** The merged document of a design as YAML, computed once per design id (both suites read it). */
export function mergedYaml(designId: string, documents: () => readonly AsyncApiDocument[], title: string): string {
  let text = mergedCache.get(designId);
  if (text === undefined) {
    text = toYaml(mergeDocuments(documents(), title));
    mergedCache.set(designId, text);
  }
  return text;
}
