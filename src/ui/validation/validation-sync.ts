import type { Design, EventType } from '../../core/model/types';
import { BROWSER_BUDGET_MS } from '../../core/validate/client';
import { createValidationPool, poolSizeFor } from '../../core/validate/pool';
import { validationKey } from '../../core/validate/key';
import type { EventValidation } from '../../core/validate/types';
import type { EditorStore } from '../../store/store';

const DEBOUNCE_MS = 120;

/**
 * Sends changed JSON-Schema events to the validation worker (ajv compiles code, so it cannot run
 * on a page whose CSP has no 'unsafe-eval') and stores the results for the lints and the editor.
 * Returns the function that stops it.
 */
export function startValidationSync(store: EditorStore): () => void {
  // One worker for an ordinary design; a large one opens with a few side by side (a core kept for the page).
  const client = createValidationPool(
    () => new Worker(new URL('../../core/validate/worker.ts', import.meta.url), { type: 'module', name: 'eventsmith-validation' }),
    { budgetMs: BROWSER_BUDGET_MS, maxWorkers: poolSizeFor(navigator.hardwareConcurrency, 1) },
  );
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const run = async (design: Design) => {
    const current = store.getState().validation;
    const wanted = design.events.filter((e) => e.schemaFormat === 'json-schema');
    const todo: EventType[] = wanted.filter((e) => current[e.id]?.key !== validationKey(e));
    const ids = new Set(wanted.map((e) => e.id));
    const stale = Object.keys(current).some((id) => !ids.has(id));
    if (todo.length === 0 && !stale) return;
    let results: EventValidation[] = [];
    if (todo.length) results = await client.validate(todo);
    if (disposed) return;
    const latest = store.getState();
    const next = { ...latest.validation };
    // By id through a map: with thousands of events a search per result took seconds.
    const byId = new Map(latest.design.events.map((e) => [e.id, e]));
    for (const id of Object.keys(next)) if (!byId.has(id)) delete next[id];
    for (const r of results) {
      const event = byId.get(r.eventId);
      // Defined, not assigned: an event id `__proto__` is an ordinary key. Results for text that changed meanwhile are ignored.
      if (event && validationKey(event) === r.key) Object.defineProperty(next, r.eventId, { value: r, enumerable: true, writable: true, configurable: true });
    }
    latest.setValidation(next);
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(store.getState().design), DEBOUNCE_MS);
  };
  schedule();
  const unsubscribe = store.subscribe((s, prev) => s.design.events !== prev.design.events && schedule());
  return () => {
    disposed = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
    client.dispose?.();
  };
}
