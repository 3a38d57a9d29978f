import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerLike } from '../../validate/client';
import { checkCompatibility } from '../../compat';
import { expensiveCompatDesign, refDagSchemas } from '../../testing/hostile-corpus';
import type { Design } from '../../model/types';
import { lintDesign } from '../engine';
import { rules } from '../registry';
import { createLintClient, type LintClient } from './client';
import { fixRefOf, plainFinding } from './protocol';

/** A real thread running the real worker logic (scope.ts attached to the thread's port), compiled by tsx. */
function spawnThread(log: string[] = []): () => WorkerLike {
  return () => {
    log.push('spawn');
    const scope = new URL('./scope.ts', import.meta.url).href;
    const thread = new Worker(
      `import('tsx/esm/api').then((tsx) => { tsx.register(); return Promise.all([import(${JSON.stringify(scope)}), import('node:worker_threads')]); })
        .then(([m, { parentPort }]) => {
          const scope = { postMessage: (x) => parentPort.postMessage(x), onmessage: null };
          parentPort.on('message', (data) => scope.onmessage?.({ data }));
          m.attachLintWorker(scope);
        });`,
      { eval: true },
    );
    const like: WorkerLike = {
      postMessage: (m) => thread.postMessage(m),
      terminate: () => {
        log.push('terminate');
        void thread.terminate();
      },
      onmessage: null,
      onerror: null,
    };
    thread.on('message', (data) => like.onmessage?.({ data }));
    thread.on('error', (e) => like.onerror?.(e));
    return like;
  };
}

/** `n` command-named events nobody produces: a design whose lint takes a while (five findings each). */
function manyEvents(n: number): Design {
  const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, name: `DoThing${i}`, kind: 'event' as const, version: '1.0.0', schemaFormat: 'avro' as const, schema: '{"type":"record","name":"R","fields":[]}', examples: ['x', 'y', 'z'] }));
  return { id: 'many', name: 'Many', version: '1.0.0', services: [], topics: [], events, publications: [], subscriptions: [], layout: { nodes: {} } };
}

/** Two services, a topic and one command-named event: findings with and without quick fixes. */
function smallDesign(): Design {
  const design = expensiveCompatDesign().design;
  design.events = [{ id: 'place', name: 'PlaceOrder', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{"type":"object","properties":{"id":{"type":"string"}}}' }];
  design.publications = [{ id: 'pub', serviceId: 'svc', topicId: 'orders', eventIds: ['place'] }];
  return design;
}

let client: LintClient | undefined;
afterEach(() => client?.dispose());

describe('lint client with a real worker thread', () => {
  it('answers with the engine’s findings as plain data, and the rules as the page shows them', async () => {
    client = createLintClient(spawnThread(), { budgetMs: 30_000, startupMs: 60_000 });
    const design = smallDesign();
    const findings = await client.lint(design, {});
    expect(findings).toEqual(lintDesign(design).map(plainFinding));
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings); // nothing but data crossed
    const described = await client.rules();
    expect(described.map((r) => r.id)).toEqual([...rules.map((r) => r.id), 'lint-incomplete']);
    // lint-incomplete is described (the Problems panel shows its rationale) but is no rule that runs.
    expect(described.at(-1)).toMatchObject({ id: 'lint-incomplete', defaultSeverity: 'error', engine: true, rationale: expect.stringMatching(/not known to be clean/) });
    expect(rules.some((r) => r.id === 'lint-incomplete')).toBe(false);
  });

  it('makes a quick fix when asked for, on the design it is given, as the rule’s own fix does', async () => {
    client = createLintClient(spawnThread(), { budgetMs: 30_000, startupMs: 60_000 });
    const design = smallDesign();
    const local = lintDesign(design).find((f) => f.fix)!;
    expect(local).toBeDefined();
    const fixed = await client.fix(design, {}, fixRefOf(plainFinding(local)));
    expect(fixed).toEqual({ design: local.fix!.apply(design), title: local.fix!.title });
    // Asked on a design where the finding no longer exists (the fix applied already): no fix.
    expect(await client.fix(local.fix!.apply(design), {}, fixRefOf(plainFinding(local)))).toEqual({ design: null });
  });

  it('stops a lint that overruns its budget with an error finding (never clean) and keeps working after it', async () => {
    const log: string[] = [];
    client = createLintClient(spawnThread(log), { budgetMs: 300, startupMs: 60_000 });
    await client.rules(); // the engine has loaded: the budget is the lint's alone
    const big = manyEvents(20_000);
    const [failure] = await client.lint(big, {});
    expect(failure).toMatchObject({ ruleId: 'lint-incomplete', severity: 'error', target: { kind: 'design', id: 'many' } });
    expect(failure.message).toMatch(/too complex to check/);
    expect(client.restarts).toBe(1);
    const small = smallDesign();
    expect(await client.lint(small, {})).toEqual(lintDesign(small).map(plainFinding));
    expect(log).toEqual(['spawn', 'terminate', 'spawn']);
  });

  it('checks an event’s versions in the worker: verdicts of every mode and the bump, or “too complex” for the $ref DAG, never a pass', async () => {
    client = createLintClient(spawnThread(), { budgetMs: 30_000, startupMs: 60_000 });
    const old = '{"type":"object","properties":{"id":{"type":"string"}}}';
    const next = '{"type":"object","properties":{"id":{"type":"string"},"total":{"type":"number"}},"required":["total"]}';
    const history = [{ version: '1.0.0', schema: old }];
    const settings = { mode: 'BACKWARD' as const, policy: 'LENIENT' as const };
    const report = await client.versions({ history, schema: next, settings });
    expect(report?.state).toBe('checked');
    if (report?.state !== 'checked') return;
    expect(report.bump).toBe('major');
    expect(Object.keys(report.results).sort()).toEqual(['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE']);
    expect(report.results.BACKWARD).toEqual(checkCompatibility(history, next, settings));
    expect(report.results.FORWARD?.compatible).toBe(true);

    const dag = refDagSchemas();
    const hostile = await client.versions({ history: [{ version: '1.0.0', schema: dag.old }], schema: dag.next, settings });
    expect(hostile).toMatchObject({ state: 'too-complex' });
    expect(hostile?.state === 'too-complex' && hostile.error).toMatch(/^schema too complex to check/);
    expect(await client.versions({ history: [{ version: '1.0.0', schema: 'not json' }], schema: next, settings })).toMatchObject({ state: 'unusable' });
  });

  it('keeps only the latest waiting Versions question: the one it replaces resolves with null', async () => {
    client = createLintClient(spawnThread(), { budgetMs: 30_000, startupMs: 60_000 });
    const settings = { mode: 'BACKWARD' as const, policy: 'LENIENT' as const };
    const ask = (schema: string) => client!.versions({ history: [{ version: '1.0.0', schema: '{}' }], schema, settings });
    // Before the worker is ready nothing is sent: both wait, and the second replaces the first.
    const [first, second] = await Promise.all([ask('{"type":"object"}'), ask('{"type":"string"}')]);
    expect(first).toBeNull();
    expect(second).toMatchObject({ state: 'checked' });
  });
});
