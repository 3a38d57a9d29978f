import { availableParallelism } from 'node:os';
import type { Design } from '../core/model/types';
import { createValidationPool, poolSizeFor } from '../core/validate/pool';
import type { ValidationResults } from '../core/validate/types';
import type { CliIO } from './io';
import { spawnValidationThread } from './start-validation-thread';

/**
 * Input this large (characters read) almost always holds more schemas than one thread takes (the
 * pool adds a thread per 100 events; 2,000 events are 3.4 M characters of AsyncAPI): all threads
 * start while the input is still being imported, not after.
 */
const LARGE_INPUT_CHARS = 200_000;

/** Generous next to the browser's BROWSER_BUDGET_MS: a command line may run on a slow, busy machine. */
export const CLI_BUDGET_MS = 2000;

/**
 * Validation of a design's JSON-Schema events with ajv in worker threads, with a time budget per
 * event: the same results as the browser, and a hostile pattern ends in "timed out", not a hung
 * CLI. The first thread starts at once, so it loads while the input is read; a large design is
 * shared out among a few threads (one per core, at most 4). Dispose it in every case.
 */
export function startValidation(budgetMs = CLI_BUDGET_MS): {
  validate(design: Design): Promise<ValidationResults>;
  /** `io` that also tells the pool how much input was read, to start its threads early. */
  reading(io: CliIO): CliIO;
  dispose(): void;
} {
  // Requests go ahead in a pipeline: a round trip between threads per event would cost more than
  // validating it (2,000 events: most of the CLI's time on a busy machine).
  const pool = createValidationPool(spawnValidationThread, { budgetMs, maxWorkers: poolSizeFor(availableParallelism(), 0), startNow: true, pipeline: 64 });
  let read = 0;
  return {
    reading: (io) => ({
      ...io,
      readText(path) {
        const text = io.readText(path);
        read += text.length;
        if (read >= LARGE_INPUT_CHARS) pool.startAll();
        return text;
      },
    }),
    async validate(design) {
      const events = design.events.filter((e) => e.schemaFormat === 'json-schema');
      if (events.length === 0) return {};
      const results = await pool.validate(events);
      return Object.fromEntries(results.map((r) => [r.eventId, r]));
    },
    dispose: () => pool.dispose(),
  };
}
