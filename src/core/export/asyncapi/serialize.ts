import { stringify } from 'yaml';

// Objects are shared between documents (one message component per event): never emit YAML
// anchors for them, and never fold lines, so the text depends only on the data.
export function toYaml(doc: unknown): string {
  return stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0, indent: 2 });
}

export function toJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
