import { dump } from 'js-yaml';

// Objects are shared between documents (one message component per event): never emit YAML
// anchors for them (`noRefs`), and never fold lines, so the text depends only on the data.
// js-yaml writes YAML several times faster than the `yaml` package (bench/: 1,000-node export).
export function toYaml(doc: unknown): string {
  return dump(doc, { noRefs: true, lineWidth: -1, indent: 2, quotingType: '"' });
}

export function toJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
