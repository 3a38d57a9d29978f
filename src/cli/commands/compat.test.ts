import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { UsageError, type CliIO } from '../io';

const S = JSON.stringify;
const str = { type: 'string' };
const files: Record<string, string> = {
  'v1.json': S({ type: 'object', properties: { orderId: str }, required: ['orderId'] }),
  'v2-required.json': S({ type: 'object', properties: { orderId: str, discountCode: str }, required: ['orderId', 'discountCode'] }),
  'v2-optional.json': S({ type: 'object', properties: { orderId: str, discountCode: str }, required: ['orderId'] }),
  'broken.json': '{ "type": ',
  'ref.json': S({ $ref: 'common.json#/Order' }),
};

function memoryIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readText: (path) => {
      if (!(path in files)) throw new UsageError(`cannot read ${path}: ENOENT`);
      return files[path];
    },
    writeText: () => {
      throw new Error('compat writes no files');
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function cli(...argv: string[]) {
  const m = memoryIO();
  const code = await main(['compat', ...argv], m.io);
  return { code, out: m.out(), err: m.err() };
}

describe('eventsmith compat', () => {
  it('exit 1 and the issue with what to do instead when incompatible', async () => {
    const r = await cli('v1.json', 'v2-required.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('v2-required.json is incompatible (1 issue) — BACKWARD, LENIENT policy');
    expect(r.out).toContain('REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL at #/properties/discountCode (backward, against v1.json)');
    expect(r.out).toContain('Instead: Make `discountCode` optional');
    expect(r.err).toBe('');
  });

  it('exit 0 when compatible', async () => {
    const r = await cli('v1.json', 'v2-optional.json');
    expect(r).toEqual({ code: 0, out: 'v2-optional.json is compatible — BACKWARD, LENIENT policy\n', err: '' });
  });

  it.each([
    [['--policy', 'STRICT'], 1],
    [['--policy', 'strict', '--mode', 'forward'], 0],
    [['--mode=FULL'], 0],
    [['--mode', 'NONE', '--policy', 'STRICT'], 0],
  ])('mode and policy %j -> exit %i for an optional field added to an open model', async (flags, code) => {
    expect((await cli('v1.json', 'v2-optional.json', ...(flags as string[]))).code).toBe(code);
  });

  it('several earlier files, oldest first, for the transitive modes', async () => {
    const r = await cli('v2-required.json', 'v2-optional.json', 'v2-required.json', '--mode', 'BACKWARD_TRANSITIVE');
    expect(r.code).toBe(1);
    expect(r.out).toContain('against v2-optional.json');
    expect((await cli('v2-required.json', 'v2-optional.json', 'v2-required.json', '--mode', 'BACKWARD')).code).toBe(1);
    expect((await cli('v2-optional.json', 'v2-required.json', 'v2-optional.json', '--mode', 'BACKWARD_TRANSITIVE')).code).toBe(0);
  });

  it('--format json prints the verdict as data', async () => {
    const r = await cli('v1.json', 'v2-required.json', '--format', 'json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out);
    expect(parsed).toMatchObject({ mode: 'BACKWARD', policy: 'LENIENT', compatible: false });
    expect(parsed.issues[0]).toMatchObject({ type: 'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', path: '#/properties/discountCode', against: 'v1.json' });
  });

  it.each([
    ['one file only', ['v1.json'], /needs the old schema file/],
    ['unknown mode', ['v1.json', 'v1.json', '--mode', 'SIDEWAYS'], /--mode must be one of BACKWARD/],
    ['unknown policy', ['v1.json', 'v1.json', '--policy', 'LAX'], /--policy must be one of LENIENT, STRICT/],
    ['missing file', ['v1.json', 'nope.json'], /cannot read nope\.json/],
    ['not JSON', ['v1.json', 'broken.json'], /broken\.json is not JSON/],
    ['external $ref', ['ref.json', 'v1.json'], /ref\.json: cannot resolve \$ref "common\.json#\/Order"/],
  ])('exit 2 with one line on stderr: %s', async (_name, argv, message) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
});
