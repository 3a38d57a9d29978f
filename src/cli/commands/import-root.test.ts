// `eventsmith import --root`: relative file `$ref`s are read from disk inside the root, and every
// reference that would reach anything else is refused with one line naming it (issue 17). Real
// files in a temporary folder, read by the command's own file access.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIO, type CliIO } from '../io';
import { main } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'eventsmith-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** A 3.0 document whose one channel is `$ref: <ref>`. */
const withChannelRef = (ref: string) => `asyncapi: 3.0.0
info: { title: Backend, version: 1.0.0 }
channels:
  liked:
    $ref: '${ref}'
`;

const channel = `address: comment/liked
messages:
  liked:
    payload: { type: object, properties: { id: { type: string } } }
`;

async function run(...argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { ...nodeIO, stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) };
  const code = await main(argv, io);
  return { code, ...out };
}

describe('eventsmith import --root', () => {
  write('project/common/channels.yaml', channel);
  write('outside/channels.yaml', channel);
  const root = join(dir, 'project');

  it('reads a relative file ref inside the root', async () => {
    const doc = write('project/backend/asyncapi.yaml', withChannelRef('../common/channels.yaml'));
    const out = join(dir, 'ok.json');
    const r = await run('import', doc, '-o', out, '--root', root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).design.topics.map((t: { name: string }) => t.name)).toEqual(['comment/liked']);
  });

  it.each([
    ['a ref leaving the root', '../../outside/channels.yaml', /backend\/leaves\.yaml: \$ref "\.\.\/\.\.\/outside\/channels\.yaml" leaves the root directory /],
    ['an absolute path', `${join(dir, 'project/common/channels.yaml')}`, /backend\/leaves\.yaml: \$ref "[^"]*project\/common\/channels\.yaml" is an absolute path/],
    ['a file: URL', `file://${join(dir, 'project/common/channels.yaml')}`, /backend\/leaves\.yaml: \$ref "file:\/\/[^"]*channels\.yaml" is an absolute path/],
    ['an http URL', 'https://example.com/channels.yaml', /backend\/leaves\.yaml: \$ref "https:\/\/example\.com\/channels\.yaml" points outside the given files/],
  ])('refuses %s with one line naming the ref', async (_what, ref, message) => {
    const doc = write('project/backend/leaves.yaml', withChannelRef(ref));
    const out = join(dir, 'refused.json');
    rmSync(out, { force: true });
    const r = await run('import', doc, '-o', out, '--root', root);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(() => readFileSync(out)).toThrow();
  });

  it('keeps a schema on the web as a reference, never fetched, and says so', async () => {
    const doc = write('project/backend/remote.yaml', `asyncapi: 3.0.0
info: { title: Backend, version: 1.0.0 }
channels:
  liked:
    address: comment/liked
    messages:
      liked:
        payload: { type: object, properties: { author: { $ref: 'https://example.com/schemas/author.json' } } }
`);
    const out = join(dir, 'remote.json');
    const r = await run('import', doc, '-o', out, '--root', root);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: a schema refers to https:\/\/example\.com\/schemas\/author\.json; kept as a reference, not fetched$/m);
    expect(JSON.parse(JSON.parse(readFileSync(out, 'utf8')).design.events[0].schema).properties.author).toEqual({ $ref: 'https://example.com/schemas/author.json' });
  });
});
