import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { RestoreError } from './restore-context';
import { FORMAT_VERSION } from './types';

describe('migrations', () => {
  it('cover every version from 1 to FORMAT_VERSION in order, once each', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });

  // A synthetic history: version 1 called services "nodes", version 2 had no layout.
  const synthetic: Migration[] = [
    { from: 2, name: 'add an empty layout', up: (d) => ({ ...d, layout: d.layout ?? { nodes: {} } }) },
    { from: 1, name: 'rename nodes to services', up: ({ nodes, ...rest }) => ({ ...rest, services: nodes ?? [] }) },
  ];

  it('lifts an older version step by step, in order, without mutating the input', () => {
    const old = { id: 'd', nodes: [{ id: 'a', name: 'A' }] };
    const { design, applied } = migrate(old, 1, 3, synthetic);
    expect(applied).toEqual(['rename nodes to services', 'add an empty layout']);
    expect(design).toEqual({ id: 'd', services: [{ id: 'a', name: 'A' }], layout: { nodes: {} } });
    expect(old).toEqual({ id: 'd', nodes: [{ id: 'a', name: 'A' }] });
  });
  it('starts from the given version', () => {
    expect(migrate({ id: 'd' }, 2, 3, synthetic).applied).toEqual(['add an empty layout']);
  });
  it('1 → 2 fills the protocol a topic or server broker implies, and nothing else', () => {
    const v1 = {
      topics: [{ id: 'a', broker: 'kafka' }, { id: 'b', broker: 'rabbitmq' }, { id: 'c', broker: 'generic' }, { id: 'd', broker: 'kafka', protocol: 'kafka-secure' }, 'junk'],
      servers: [{ id: 's', broker: 'sns', host: 'h' }, { id: 't', broker: 'toString' }],
    };
    const { design } = migrate(v1, 1, 2);
    expect(design.topics).toEqual([
      { id: 'a', broker: 'kafka', protocol: 'kafka' }, { id: 'b', broker: 'rabbitmq', protocol: 'amqp' }, { id: 'c', broker: 'generic' },
      { id: 'd', broker: 'kafka', protocol: 'kafka-secure' }, 'junk',
    ]);
    expect(design.servers).toEqual([{ id: 's', broker: 'sns', host: 'h', protocol: 'sns' }, { id: 't', broker: 'toString' }]);
  });
  it('does nothing at the current version', () => {
    const d = { id: 'd' };
    expect(migrate(d, FORMAT_VERSION)).toEqual({ design: d, applied: [] });
  });
  it('fails clearly when a step is missing', () => {
    expect(() => migrate({}, 1, 3, synthetic.slice(0, 1))).toThrow(RestoreError);
    expect(() => migrate({}, 1, 3, synthetic.slice(0, 1))).toThrow(/no migration from version 1/);
  });
});
