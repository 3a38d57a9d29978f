// Every property test runs through assertProperty, so its verdict never depends on luck: `npm test`
// and CI use one fixed seed (vitest.config.ts chooses and prints it), FC_SEED=<n> replays any
// other, and `npm run test:fuzz` runs each property once per seed for many seeds. A failure names
// the seed that found it; the counterexample then belongs in a table test.
import fc from 'fast-check';
import { inject } from 'vitest';

/** What vitest.config.ts hands every test file: the first seed and how many seeds each property gets. */
export interface FastCheckRun { seed: number; seeds: number }

declare module 'vitest' {
  export interface ProvidedContext { fastCheck: FastCheckRun }
}

/** The seeds of this run: the chosen one, then its successors (fuzzing). */
export function propertySeeds(): number[] {
  const { seed, seeds } = inject('fastCheck');
  return Array.from({ length: seeds }, (_, k) => (seed + k) | 0);
}

/** A test's own time limit, stretched to cover every seed of a fuzzing run. */
export function propertyTimeout(ms: number): number {
  return ms * inject('fastCheck').seeds;
}

function withReplay(error: unknown, seed: number): unknown {
  if (error instanceof Error) error.message += `\n\nReplay: FC_SEED=${seed} npx vitest run <this file>`;
  return error;
}

export function assertProperty<Ts>(property: fc.IAsyncProperty<Ts>, params?: fc.Parameters<Ts>): Promise<void>;
export function assertProperty<Ts>(property: fc.IProperty<Ts>, params?: fc.Parameters<Ts>): void;
export function assertProperty<Ts>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts> = {}): void | Promise<void> {
  const seeds = propertySeeds();
  if (property.isAsync()) {
    return (async () => {
      for (const seed of seeds) await fc.assert(property as fc.IAsyncProperty<Ts>, { ...params, seed }).catch((e: unknown) => { throw withReplay(e, seed); });
    })();
  }
  for (const seed of seeds) {
    try {
      fc.assert(property as fc.IProperty<Ts>, { ...params, seed });
    } catch (e) {
      throw withReplay(e, seed);
    }
  }
}
