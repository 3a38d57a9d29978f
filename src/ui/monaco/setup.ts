// Monaco bundled from the local package (never a CDN), with its workers built by Vite. Imported
// only from lazily loaded modules, so it stays out of the initial JavaScript.
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';

declare global {
  interface Window { MonacoEnvironment?: { getWorker: (id: string, label: string) => Worker } }
}

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

loader.config({ monaco });

export const META_SCHEMA_URI = 'http://json-schema.org/draft-07/schema#';

/** Schema associations for Monaco's JSON language: schema models get draft-07, examples their event's schema. */
export function configureJsonSchemas(exampleSchemas: { fileMatch: string; schema: unknown }[]) {
  monaco.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [
      { uri: META_SCHEMA_URI, fileMatch: ['*.schema.json'], schema: draft07 },
      ...exampleSchemas.map((s, i) => ({ uri: `inmemory://eventsmith/example-schema-${i}.json`, fileMatch: [s.fileMatch], schema: s.schema })),
    ],
  });
}

export { monaco };
