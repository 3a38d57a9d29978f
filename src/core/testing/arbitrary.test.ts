import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from './property';
import { designArb, designFileArb } from './arbitrary';
import { restoreDesign } from '../model/restore';

describe('design arbitrary', () => {
  it('generates canonical designs: restoreDesign returns them unchanged, with no repairs', () => {
    assertProperty(
      fc.property(designFileArb(), (file) => {
        const { file: restored, repairs } = restoreDesign(structuredClone(file));
        expect(repairs).toEqual([]);
        expect(restored).toEqual(file);
      }),
      { numRuns: 300 },
    );
  });

  it('covers the cases the exporters must handle', () => {
    const samples = fc.sample(designArb(), { numRuns: 300, seed: 42 });
    const events = samples.flatMap((d) => d.events);
    expect(new Set(events.map((e) => e.schemaFormat))).toEqual(new Set(['json-schema', 'avro', 'protobuf']));
    expect(events.some((e) => e.rawSchemaFormat)).toBe(true);
    expect(samples.some((d) => d.subscriptions.some((s) => s.deadLetterTopicId))).toBe(true);
    expect(samples.some((d) => d.subscriptions.some((s) => s.eventIds === undefined))).toBe(true);
    expect(samples.some((d) => d.publications.some((p) => p.triggeredBy?.length))).toBe(true);
    expect(samples.some((d) => d.servers?.length)).toBe(true);
  });
});
