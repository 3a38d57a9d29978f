import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEvent, updateEvent } from '../model/commands';
import { emptyDesign } from '../model/factories';
import { restoreDesign } from '../model/restore';
import { readRoom } from './read';
import { sharedTextKey, sharedTextOf } from './shared-text';
import { writeDesign } from './write';

function room() {
  const added = addEvent(emptyDesign('Texts'), 'OrderPlaced');
  const design = updateEvent(added.design, added.id, { schema: '{"type":"object"}', headersSchema: '{}', examples: ['{"a":1}', '{"b":2}'] });
  const doc = new Y.Doc();
  writeDesign(doc, design);
  return { doc, id: added.id };
}

const eventOf = (doc: Y.Doc) => {
  const content = readRoom(doc);
  if (content.kind !== 'design') throw new Error(content.kind);
  return restoreDesign(content.file).file.design.events[0];
};

describe('sharedTextOf', () => {
  it('finds the text an editor types into: typing there is the design’s schema, headers schema or example', () => {
    const { doc, id } = room();
    sharedTextOf(doc, { event: id, field: 'schema' })!.insert(1, '"title":"x",');
    sharedTextOf(doc, { event: id, field: 'headersSchema' })!.insert(1, ' ');
    sharedTextOf(doc, { event: id, field: 'examples', index: 1 })!.insert(0, ' ');
    const event = eventOf(doc);
    expect(event.schema).toBe('{"title":"x","type":"object"}');
    expect(event.headersSchema).toBe('{ }');
    expect(event.examples).toEqual(['{"a":1}', ' {"b":2}']);
  });

  it('is null for an event, field or example the room does not hold', () => {
    const { doc, id } = room();
    expect(sharedTextOf(doc, { event: 'nope', field: 'schema' })).toBeNull();
    expect(sharedTextOf(doc, { event: id, field: 'examples', index: 2 })).toBeNull();
    expect(sharedTextOf(doc, { event: id, field: 'examples', index: -1 })).toBeNull();
    expect(sharedTextOf(new Y.Doc(), { event: id, field: 'headersSchema' })).toBeNull();
  });

  it('names each text apart', () => {
    const keys = [sharedTextKey({ event: 'e', field: 'schema' }), sharedTextKey({ event: 'e', field: 'headersSchema' }), sharedTextKey({ event: 'e', field: 'examples', index: 0 }), sharedTextKey({ event: 'e', field: 'examples', index: 1 })];
    expect(new Set(keys).size).toBe(4);
  });
});
