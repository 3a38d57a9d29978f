// Events, commands and queries: index.mdx + schema file, earlier versions under versioned/.
import type { EventType } from '../../model/types';
import { schemaFacts } from '../../schema/facts';
import { summaryOf } from '../../asyncapi/vocabulary';
import { escapeMarkdown, fencedBlock } from '../escape';
import { isSemver, semverOr } from '../names';
import { prettyExample, prettyJson } from '../schema';
import type { CatalogFile } from '../types';
import type { EventView } from '../view';
import { descriptionLines, findingsBlock, mdx } from './mdx';
import type { Naming } from './naming';

export const COLLECTION = { event: 'events', command: 'commands', query: 'queries' } as const;
const EXTENSION = { 'json-schema': 'json', avro: 'avsc', protobuf: 'proto' } as const;
const FORMAT_TITLE = { 'json-schema': 'JSON Schema', avro: 'Avro schema', protobuf: 'Protobuf schema' } as const;

/** The schema file for a schema text, or undefined when the text cannot be read (EventCatalog would fail on it). */
function schemaFile(event: EventType, text: string): { name: string; content: string } | undefined {
  const facts = schemaFacts(text, event.schemaFormat);
  if (!facts.ok) return undefined;
  const name = `schema.${EXTENSION[event.schemaFormat]}`;
  if (event.schemaFormat === 'protobuf') return { name, content: text.endsWith('\n') ? text : text + '\n' };
  const pretty = prettyJson(facts.parsed) ?? text;
  return { name, content: pretty.endsWith('\n') ? pretty : pretty + '\n' };
}

export function messageVersion(event: EventType): string {
  return semverOr(event.version);
}

export function messageFiles(ev: EventView, dir: string, naming: Naming, owners: string[] | undefined): CatalogFile[] {
  const e = ev.event;
  const version = messageVersion(e);
  const files: CatalogFile[] = [];
  // Only from the user's own description: no "The event X." is made up (issue 16).
  const summary = e.description?.trim() ? summaryOf(e.description) : undefined;

  const resource = (v: string, schemaText: string, latest: boolean, path: string) => {
    const schema = schemaFile(e, schemaText);
    const front: Record<string, unknown> = {
      id: naming.id(e.id),
      name: e.name,
      version: v,
      summary,
      owners,
      schemaPath: schema?.name,
      'x-eventsmith-id': e.id,
      'x-eventsmith-kind': e.kind,
      'x-eventsmith-schema-format': e.rawSchemaFormat ?? e.schemaFormat,
      'x-eventsmith-version': e.version !== v && latest ? e.version : undefined,
      'x-eventsmith-id-field': latest ? e.idField : undefined,
      'x-eventsmith-correlation-field': latest ? e.correlationField : undefined,
      'x-eventsmith-invalid-schema': schema ? undefined : true,
    };
    const body = [
      latest ? '## Overview' : `## Version ${escapeMarkdown(v)}`,
      '',
      ...(latest ? descriptionLines(e.description) : [`An earlier version of ${escapeMarkdown(e.name)}; the latest is ${escapeMarkdown(version)}.`, '']),
      '<NodeGraph />',
      '',
      '## Schema',
      '',
      schema
        ? `<SchemaViewer file="${schema.name}" title="${FORMAT_TITLE[e.schemaFormat]}" maxHeight="500" />`
        : `The schema text cannot be read, so it is shown as typed:\n\n${fencedBlock(schemaText, 'text')}`,
      '',
    ];
    if (latest && e.headersSchema?.trim()) body.push('## Headers schema', '', fencedBlock(prettyExample(e.headersSchema), 'json'), '');
    if (latest && e.examples?.length) {
      body.push('## Examples', '', ...e.examples.flatMap((x, i) => [
        ...(ev.exampleLabels[i] !== undefined ? [`_Example ${i + 1}: ${escapeMarkdown(ev.exampleLabels[i]!)}_`, ''] : []),
        fencedBlock(prettyExample(x), 'json'), '',
      ]));
    }
    if (latest) body.push(...findingsBlock(ev.findings));
    files.push({ path: `${path}/index.mdx`, content: mdx(front, body) });
    if (schema) files.push({ path: `${path}/${schema.name}`, content: schema.content });
  };

  resource(version, e.schema, true, dir);
  const seen = new Set([version]);
  for (const h of e.history ?? []) {
    // EventCatalog keys a message by id and version: an unreadable or repeated version is skipped.
    if (!isSemver(h.version) || seen.has(h.version)) continue;
    seen.add(h.version);
    resource(h.version, h.schema, false, `${dir}/versioned/${h.version}`);
  }
  return files;
}
