import { availableParallelism } from 'node:os';
import type { Design } from '../core/model/types';
import { createValidationPool, poolSizeFor } from '../core/validate/pool';
import type { ValidationResults } from '../core/validate/types';
import { spawnValidationThread } from './start-validation-thread';

/** Generous next to the browser's BROWSER_BUDGET_MS: a command line may run on a slow, busy machine. */
export const CLI_BUDGET_MS = 2000;

/**
 * Validates every JSON-Schema event with ajv in a worker thread with a time budget per event:
 * the same results as the browser, and a hostile pattern ends in "timed out", not a hung CLI.
 * A large design is shared out among a few threads (one per core, at most 4).
 */
export async function validateWithBudget(design: Design, budgetMs = CLI_BUDGET_MS): Promise<ValidationResults> {
  const events = design.events.filter((e) => e.schemaFormat === 'json-schema');
  if (events.length === 0) return {};
  const client = createValidationPool(spawnValidationThread, { budgetMs, maxWorkers: poolSizeFor(availableParallelism(), 0) });
  try {
    const results = await client.validate(events);
    return Object.fromEntries(results.map((r) => [r.eventId, r]));
  } finally {
    client.dispose();
  }
}
