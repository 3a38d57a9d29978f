// A few validation workers for a large design: each event always goes to the same worker (by its
// id), so that worker's coalescing and memory of results keep working, while the events of a
// large design are validated side by side. A small design uses one worker, as before; workers are
// added only when a request brings more events than one worker should take alone.

import { createValidationClient, type ValidationClient, type ValidationClientOptions, type WorkerLike } from './client';
import type { EventValidation } from './types';

export interface ValidationPoolOptions extends ValidationClientOptions {
  /** The most workers the pool starts (at least 1). */
  maxWorkers: number;
  /** Events one worker takes before the pool adds another. */
  eventsPerWorker?: number;
}

/**
 * How many workers a machine with `cores` logical cores should use, at most 4: a page keeps a core
 * for itself (`reserve` 1: it must stay responsive); the CLI's main thread only waits (`reserve` 0).
 */
export function poolSizeFor(cores: number | undefined, reserve: 0 | 1): number {
  return Math.max(1, Math.min(4, (cores ?? 1) - reserve));
}

/** FNV-1a of the id: a stable worker for each event. */
function slot(id: string, size: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % size;
}

export interface ValidationPool extends ValidationClient {
  /**
   * Starts the pool's other workers now (the first starts with `startNow`), when the caller knows a
   * large request is coming (the CLI, from the size of what it reads): they load while it is still
   * busy importing, instead of after it asks.
   */
  startAll(): void;
}

export function createValidationPool(spawn: () => WorkerLike, options: ValidationPoolOptions): ValidationPool {
  const { maxWorkers, eventsPerWorker = 100, ...clientOptions } = options;
  const clients: ValidationClient[] = [createValidationClient(spawn, clientOptions)];
  // Only the first worker starts before it is asked (startNow); the others when a large design needs them.
  delete clientOptions.startNow;
  let disposed = false;
  const most = Math.max(1, maxWorkers);
  const grow = (wanted: number, startNow: boolean) => {
    // Growing changes which worker an id maps to: only remembered results are lost (validated again).
    while (!disposed && clients.length < wanted) clients.push(createValidationClient(spawn, { ...clientOptions, startNow }));
  };

  return {
    startAll: () => grow(most, true),
    validate(events) {
      grow(Math.min(most, Math.ceil(events.length / eventsPerWorker)), false);
      const size = clients.length;
      if (size === 1) return clients[0].validate(events);
      const parts = clients.map(() => [] as (typeof events)[number][]);
      const where = events.map((e) => {
        const i = slot(e.id, size);
        parts[i].push(e);
        return [i, parts[i].length - 1] as const;
      });
      return Promise.all(parts.map((part, i) => (part.length ? clients[i].validate(part) : Promise.resolve([] as EventValidation[]))))
        .then((results) => where.map(([i, j]) => results[i][j]));
    },
    dispose() {
      disposed = true;
      for (const c of clients) c.dispose();
    },
    get restarts() {
      return clients.reduce((n, c) => n + c.restarts, 0);
    },
  };
}
