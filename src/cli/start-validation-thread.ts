// Starting the validation thread. The CLI runs as a bundle (build/cli/, made by `prepare`), with
// the thread's entry bundled beside it. Tests run the thread entry vitest's globalSetup bundles
// from the code under test; without it (a script run through tsx) the entry is TypeScript and tsx
// (a dev dependency) compiles it inside the thread.
import { Worker } from 'node:worker_threads';
import type { WorkerLike } from '../core/validate/client';

// Defined by scripts/build-cli.mjs, so the bundle keeps only its own branch (and no mention of tsx).
declare const EVENTSMITH_CLI_BUNDLE: boolean | undefined;

/**
 * A thread's own heap cap: ajv compiling a schema whose `$ref`s form a DAG writes code for every
 * path (2^levels), and a thread that ran the process out of memory would take the CLI down with
 * it. Over the cap only the thread ends ("out of memory"), its event is reported unchecked.
 */
const THREAD_LIMITS = { maxOldGenerationSizeMb: 1024 };

function startThread(): Worker {
  if (typeof EVENTSMITH_CLI_BUNDLE !== 'undefined') return new Worker(new URL('./validation-thread.mjs', import.meta.url), { resourceLimits: THREAD_LIMITS });
  // Under vitest: the thread entry its globalSetup just bundled from the code under test.
  const built = process.env.EVENTSMITH_TEST_VALIDATION_THREAD;
  if (built) return new Worker(built, { resourceLimits: THREAD_LIMITS });
  // An eval'd thread resolves `tsx` from the working directory: the repository root under vitest.
  const entry = new URL('./validation-thread.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, resourceLimits: THREAD_LIMITS });
}

/** A validation thread behind the browser Worker's shape, for createValidationClient. */
export function spawnValidationThread(): WorkerLike {
  const thread = startThread();
  const like: WorkerLike = {
    postMessage: (message) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
    onmessage: null,
    onerror: null,
  };
  thread.on('message', (data) => like.onmessage?.({ data }));
  thread.on('error', (e) => like.onerror?.(e));
  return like;
}
