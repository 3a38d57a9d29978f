// Ordered, named migrations of the design document (tldraw-style migration sequence).
// Each lifts a design written as formatVersion `from` to `from + 1`. They run on the sanitised
// JSON copy *before* repairs, so a migration may assume nothing about field types: check them.
//
// Versions: formatVersion 1 is the first released format. A file with formatVersion 0 or none
// (hand-written, or a bare Design pasted) that looks like a design is read as version 1 —
// there never was a version 0 in the wild.
import { FORMAT_VERSION, PROTOCOL_OF_BROKER, type Broker } from './types';
import { isObj, RestoreError, type Obj } from './restore-context';
import { followDefaultIds } from './migrate-default-ids';

export interface Migration {
  from: number;
  name: string;
  up: (design: Obj) => Obj;
}

/** Every migration ever released, oldest first; `from` values are 1, 2, … FORMAT_VERSION - 1. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'topics and servers name their protocol (the one their broker implies); ids that were only a default follow their names',
    up: (design) => followDefaultIds(fillProtocols(design)),
  },
];

/** 1 → 2: `protocol` on topics and servers where the broker implies one (kafka → kafka, rabbitmq → amqp…). */
function fillProtocols(design: Obj): Obj {
  const fill = (list: unknown) =>
    Array.isArray(list)
      ? list.map((item) => {
        if (!isObj(item) || item.protocol !== undefined || typeof item.broker !== 'string' || !Object.hasOwn(PROTOCOL_OF_BROKER, item.broker)) return item;
        const protocol = PROTOCOL_OF_BROKER[item.broker as Broker];
        return protocol ? { ...item, protocol } : item;
      })
      : list;
  const out: Obj = { ...design };
  if (Object.hasOwn(design, 'topics')) out.topics = fill(design.topics);
  if (Object.hasOwn(design, 'servers')) out.servers = fill(design.servers);
  return out;
}

/** Lifts `design` from `version` to `target` step by step; returns the same object when there is nothing to do. */
export function migrate(design: Obj, version: number, target: number = FORMAT_VERSION, migrations: readonly Migration[] = MIGRATIONS): { design: Obj; applied: string[] } {
  let current = design;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new RestoreError(`This design uses format version ${version}, which this Eventsmith cannot convert (no migration from version ${v}).`);
    current = step.up(current);
    applied.push(step.name);
  }
  return { design: current, applied };
}
