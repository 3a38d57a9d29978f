import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError, type CliIO } from '../io';
import { main } from '../main';
import { deepSchemaDesign } from '../../core/testing/hostile-corpus';

const files: Record<string, string> = {
  'examples/order-saga.json': readFileSync(new URL('../../../examples/order-saga.json', import.meta.url), 'utf8'),
  'examples/broken-design.json': readFileSync(new URL('../../../examples/broken-design.json', import.meta.url), 'utf8'),
  'not-json.json': '{ "format": "eventsmith-design", ',
  'deep-20.json': JSON.stringify(deepSchemaDesign(20)),
  'deep-20000.json': JSON.stringify(deepSchemaDesign(20_000)),
  'hostile-pattern.json': JSON.stringify({
    format: 'eventsmith-design', formatVersion: 1,
    design: {
      id: 'redos', name: 'ReDoS', version: '1.0.0', services: [], topics: [], publications: [], subscriptions: [], layout: { nodes: {} },
      events: [{ id: 'e', name: 'OrderPlaced', kind: 'event', version: '1.0.0', schemaFormat: 'json-schema',
        schema: '{ "type": "string", "pattern": "^(a|a)*$" }', examples: [JSON.stringify('a'.repeat(40) + '!')] }],
    },
  }),
};

function memoryIO() {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readText: (path) => {
      if (!(path in files)) throw new UsageError(`cannot read ${path}: ENOENT`);
      return files[path];
    },
    writeText: () => { throw new Error('lint never writes files'); },
  };
  return { io, out };
}

async function lint(...args: string[]) {
  const { io, out } = memoryIO();
  const code = await main(['lint', ...args], io);
  return { code, ...out };
}

const BROKEN_RULES = [
  'consumer-dead-letter', 'consumer-group-shared', 'consumer-idempotency', 'dead-letter-unwatched', 'event-cycle', 'event-envelope',
  'event-name-business', 'event-name-past-tense', 'event-not-query', 'example-invalid', 'orphan-topic', 'outbox', 'partition-key',
  'retention-replay', 'schema-closed', 'schema-invalid', 'unconsumed-event', 'unproduced-event',
];

describe('eventsmith lint', () => {
  it('the order saga example is clean: exit 0, no findings at all', async () => {
    const r = await lint('examples/order-saga.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('examples/order-saga.json: no problems\n');
    expect(JSON.parse((await lint('examples/order-saga.json', '--format', 'json')).stdout)).toEqual([]);
  });

  it('the broken design reports every catalog rule it breaks and exits 1', async () => {
    const r = await lint('examples/broken-design.json', '--format', 'json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { ruleId: string; severity: string; message: string; target: { kind: string; id: string; name: string }; path?: string }[];
    expect([...new Set(findings.map((f) => f.ruleId))].sort()).toEqual(BROKEN_RULES);
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(f.path === undefined ? ['message', 'ruleId', 'severity', 'target'] : ['message', 'path', 'ruleId', 'severity', 'target']);
    expect(findings).toContainEqual({
      ruleId: 'event-name-past-tense', severity: 'error', target: { kind: 'event', id: 'place-order', name: 'PlaceOrder' },
      message: '"PlaceOrder" starts with the command verb "place": name the fact that happened, e.g. "OrderPlaced"',
    });
    // ajv ran: the example's minimum violation is only known to the validator.
    expect(findings.some((f) => f.ruleId === 'example-invalid' && f.message.includes('/amount must be >= 0'))).toBe(true);
  });

  it('text output groups by severity and ends with a summary', async () => {
    const r = await lint('examples/broken-design.json');
    expect(r.code).toBe(1);
    const headings = r.stdout.split('\n').filter((l) => /^(Errors|Warnings|Info) \(\d+\)$/.test(l));
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['Errors', 'Warnings', 'Info']);
    expect(r.stdout).toMatch(/examples\/broken-design\.json: \d+ errors, \d+ warnings, 1 info\n$/);
    expect(r.stdout).toContain('  consumer-dead-letter  subscription "orders → Shipping": ');
  });

  it('a design whose only errors are suppressed or switched off exits 0', async () => {
    const file = JSON.parse(files['examples/broken-design.json']);
    const errorRules = ['consumer-dead-letter', 'consumer-group-shared', 'consumer-idempotency', 'event-name-past-tense', 'example-invalid', 'schema-invalid'];
    file.design.lint = { rules: Object.fromEntries(errorRules.filter((r) => r !== 'event-name-past-tense').map((r) => [r, 'off'])), suppressions: [{ ruleId: 'event-name-past-tense', targetId: 'place-order', reason: 'renamed in v2' }] };
    files['tmp/suppressed.json'] = JSON.stringify(file);
    const r = await lint('tmp/suppressed.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 errors, .*\(1 suppressed\)\n$/);
  });

  it('--profile overrides the design\'s profile: sketch leaves only the naming and schema rules, production grades up', async () => {
    const rulesOf = (stdout: string) => [...new Set((JSON.parse(stdout) as { ruleId: string }[]).map((f) => f.ruleId))].sort();
    const sketch = await lint('examples/broken-design.json', '--format', 'json', '--profile', 'sketch');
    expect(rulesOf(sketch.stdout)).toEqual(['event-cycle', 'event-name-business', 'event-name-past-tense', 'event-not-query', 'example-invalid', 'schema-invalid']);
    const production = JSON.parse((await lint('examples/broken-design.json', '--format', 'json', '--profile', 'production')).stdout) as { ruleId: string; severity: string }[];
    expect(new Set(production.filter((f) => f.ruleId === 'event-envelope').map((f) => f.severity))).toEqual(new Set(['error']));
    // The design's own profile is read when no option is given.
    const file = JSON.parse(files['examples/broken-design.json']);
    file.design.lint = { profile: 'sketch' };
    files['tmp/sketch.json'] = JSON.stringify(file);
    expect(rulesOf((await lint('tmp/sketch.json', '--format', 'json')).stdout)).toEqual(rulesOf(sketch.stdout));
    expect(rulesOf((await lint('tmp/sketch.json', '--format', 'json', '--profile', 'review')).stdout)).toEqual(BROKEN_RULES);
  });

  it.each([
    [['examples/order-saga.json', '--profile', 'strict'], '--profile must be one of sketch, review, production'],
    [['missing.json'], 'cannot read missing.json'],
    [['not-json.json'], 'not-json.json: not valid JSON'],
    [[], 'no input files given'],
    [['examples/order-saga.json', '--format', 'xml'], '--format must be one of text, json, sarif'],
  ])('unusable input %j exits 2 with one line on stderr', async (args, reason) => {
    const r = await lint(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('SARIF output is a structurally valid SARIF 2.1.0 log', async () => {
    const r = await lint('examples/broken-design.json', '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    const driver = run.tool.driver;
    expect(driver.name).toBe('eventsmith');
    const ruleIds = driver.rules.map((x: { id: string }) => x.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of driver.rules) {
      expect(typeof rule.id).toBe('string');
      expect(rule.help.text.length).toBeGreaterThan(50);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results.length).toBeGreaterThan(BROKEN_RULES.length);
    for (const result of run.results) {
      expect(typeof result.message.text).toBe('string');
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const [location] = result.locations;
      expect(location.physicalLocation.artifactLocation.uri).toBe('examples/broken-design.json');
      expect(location.logicalLocations[0]).toEqual({ name: expect.any(String), fullyQualifiedName: expect.stringMatching(/^(design|service|topic|event|publication|subscription):/), kind: expect.any(String) });
    }
    expect(run.artifacts).toEqual([{ location: { uri: 'examples/broken-design.json' } }]);
  });

  it('a hostile pattern cannot hang the command: the validation times out and says so', async () => {
    // A hung validation would never return: the test's own timeout is the bound, not a clock here.
    const r = await lint('hostile-pattern.json', '--format', 'json');
    const findings = JSON.parse(r.stdout) as { ruleId: string; message: string }[];
    expect(findings.some((f) => f.ruleId === 'schema-invalid' && /ran out of time/i.test(f.message))).toBe(true);
  });

  it('a schema 20 levels deep: the example missing a required field is reported', async () => {
    const r = await lint('deep-20.json', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'example-invalid', message: expect.stringContaining("must have required property 'id'") }));
  });

  it('a schema 20,000 levels deep: the validator overflows its stack, which is an error finding, never a pass', async () => {
    const r = await lint('deep-20000.json', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'schema-invalid', message: expect.stringMatching(/could not be checked|too complex to check/) }));
  });
});
