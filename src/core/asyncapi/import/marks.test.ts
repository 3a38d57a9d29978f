// What the importer marks for the lints (issue 16): topics that leave the imported system and
// names no person chose. A document describes one application, so a channel only one imported
// service uses has its other side outside the design.
import { describe, expect, it } from 'vitest';
import { exportAsyncApi, toYaml } from '../export/index';
import { importAsyncApi } from './index';

const importAll = (files: [string, string][]) => importAsyncApi(files.map(([path, text]) => ({ path, text }))).file.design;

const lighting = `asyncapi: 2.6.0
info: { title: Lighting, version: 1.0.0 }
channels:
  animals:
    publish:
      message:
        payload: { type: object }
  light/measured:
    subscribe:
      message: { $ref: '#/components/messages/LightMeasured' }
  dtos:
    subscribe:
      message:
        name: io.github.acme.dtos.ExamplePayloadDto
        payload: { type: object }
  strings:
    subscribe:
      message:
        name: java.lang.String
        payload: { type: string }
components:
  messages:
    LightMeasured:
      payload: { type: object }
`;
const dashboard = `asyncapi: 3.0.0
info: { title: Dashboard, version: 1.0.0 }
channels:
  measured:
    address: light/measured
    messages:
      LightMeasured: { payload: { type: object } }
operations:
  onMeasured:
    action: receive
    channel: { $ref: '#/channels/measured' }
`;

describe('import marks', () => {
  it('one-service document: every channel it uses leaves the design', () => {
    const d = importAll([['lighting.yaml', lighting]]);
    expect(d.topics.map((t) => [t.name, t.external])).toEqual([['animals', true], ['light/measured', true], ['dtos', true], ['strings', true]]);
  });

  it('a channel two imported services use stays inside; one only one uses leaves', () => {
    const d = importAll([['lighting.yaml', lighting], ['dashboard.yaml', dashboard]]);
    const external = Object.fromEntries(d.topics.map((t) => [t.name, t.external ?? false]));
    expect(external).toEqual({ animals: true, 'light/measured': false, dtos: true, strings: true });
  });

  it('names the reader made up and class names are marked invented; chosen names are not', () => {
    const d = importAll([['lighting.yaml', lighting]]);
    const invented = Object.fromEntries(d.events.map((e) => [e.name, e.inventedName ?? null]));
    expect(invented).toEqual({
      animalsMessage: 'animalsMessage',
      LightMeasured: null,
      'io.github.acme.dtos.ExamplePayloadDto': 'io.github.acme.dtos.ExamplePayloadDto',
      'java.lang.String': 'java.lang.String',
    });
  });

  it('an exported design comes back with the same marks, none inferred from its own documents', () => {
    const first = importAll([['lighting.yaml', lighting]]);
    // A topic the design itself leaves unconsumed is not "external" after a round trip.
    first.topics[0] = { ...first.topics[0] };
    delete first.topics[0].external;
    const docs = exportAsyncApi(first).documents.map((doc) => [`${doc.fileBase}.yaml`, toYaml(doc.document)] as [string, string]);
    const again = importAll(docs);
    const marks = (d: typeof first) => ({
      topics: Object.fromEntries(d.topics.map((t) => [t.name, t.external ?? false])),
      events: Object.fromEntries(d.events.map((e) => [e.name, e.inventedName ?? null])),
    });
    expect(marks(again)).toEqual(marks(first));
    expect(marks(again).topics.animals).toBe(false);
  });
});
