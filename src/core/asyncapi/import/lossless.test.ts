// Real documents come back out as they went in (issue 17). Every set of the real-world corpus
// (../shared/corpus/real-world-asyncapi/docs/*, each imported as one system) and every
// specification example (../shared/corpus/asyncapi-spec-examples/<version>/*, social-media as one
// system) is imported, exported, imported and exported again:
// - every original document and the export of its service say the same, element by element
//   (testing/asyncapi-view.ts: channels, messages with payloads, headers after traits, content
//   type, correlation id, bindings, servers with protocol/pathname/variables/bindings/security,
//   security schemes, operations with their bindings, security and reply, all human text and
//   `x-` extensions); the only changes allowed are the 2.x → 3.0 conversions listed there and
//   the EXCEPTIONS below;
// - the second export is byte-identical to the first;
// - every export passes the official parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { expect, it } from 'vitest';
import { describeShared } from '../../testing/shared-files';
import { exportAsyncApi, toYaml } from '../export/index';
import { viewOf, type DocumentView } from '../../testing/asyncapi-view';
import { importAsyncApi } from './index';
import { parseText } from './parse-text';
import { isObj, Resolver } from './refs';
import { isRemoteRef, remoteRefs } from '../../schema/remote-refs';


/** A pattern that matches this one difference and nothing else. */
const exactly = (diff: string) => new RegExp(`^${diff.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Changes an export makes, beyond the 2.x → 3.0 conversions of testing/asyncapi-view.ts, each
 * with why: [set (a prefix of its name), what differs (matched against "file/path: before → after"
 * or, for the parser, "file path: message"), why].
 */
const EXCEPTIONS: [string, RegExp, string][] = [
  // 2.x bindings objects take any key and do not check a binding's fields (2.6's bindingsObject:
  // additionalProperties, `http: {}`, `amqp: {}`); 3.0's take only the protocols they list and check
  // each binding against its latest version when it names none. So, forced by 2.x → 3.0:
  // - a `rabbit` or `smf` binding has no place in a 3.0 bindings object: import warns, keeps it in the
  //   design and export writes it under `x-eventsmith-2x-bindings` on the same operation or message
  //   (other-bindings.test.ts), so nothing is lost, but a 3.0 reader finds it there, not in `bindings`;
  ['real-world/microcks-scs-rabbit', /\/bindings\/rabbit: /, '3.0 has no "rabbit" binding (2.x took any key)'],
  ['real-world/scst-solace-test-app', /\/bindings\/smf: /, '3.0 has no "smf" binding (2.x took any key)'],
  // - bindings written back as they were fail the check 2.x never made: http `type` (gone since http
  //   binding 0.2.0, the oldest 3.0 accepts), http `headers` on an operation and amqp `replyTo` on a
  //   message (in no version), the example's `http: { http: … }`, amqp `is: routingKey` with a queue.
  //   The official converter keeps bindings as they are too (asyncapi/converter-js#193, #273).
  ['spec/2.6.0/gitter-streaming', /bindings\/http/, 'a 2.x http binding 3.0 checks and 2.x did not'],
  ['spec/2.6.0/operation-security', /bindings\/http/, 'a 2.x http binding 3.0 checks and 2.x did not'],
  ['spec/2.6.0/rpc-client', /bindings\/amqp/, 'a 2.x amqp binding 3.0 checks and 2.x did not'],
  ['spec/2.6.0/rpc-server', /bindings\/amqp/, 'a 2.x amqp binding 3.0 checks and 2.x did not'],
  ['real-world/microcks-scs-rabbit', /channel(s\/[^/]+)?\/bindings\/amqp/, 'a 2.x amqp binding (`is: routingKey` and a queue) 3.0 checks and 2.x did not'],
  // Microcks' named examples (`- laurent: { summary, headers, payload }`: Microcks' own way to name
  // an example, which no AsyncAPI version's schema accepts; 2.1 gave examples a `name` field) are
  // 3.0 Message Example Objects with that `name`, field for field (testing/asyncapi-view.ts reads the original so). One value changes
  // form: headers written as JSON text are written as the JSON object it says, since 3.0 headers
  // must be a map (same keys and values; the text's spacing is not kept). Exactly this, nothing else:
  ['real-world/microcks-json-ref', exactly('user-signedup-json-ref-asyncapi.yaml/messages/user/signedupMessage/examples/0/headers: "{\\"my-app-header\\": 23, \\"sentAt\\": \\"2020-03-11T08:03:28Z\\"}" → {"my-app-header":23,"sentAt":"2020-03-11T08:03:28Z"}'),
    '3.0 example headers are a map: JSON text given as headers is written as the object it says'],
];
/** Which exceptions explained something, in the sets that ran: one that no longer does is removed. */
const used = new Set<number>();
const explained = (set: string, diff: string) => {
  const i = EXCEPTIONS.findIndex(([prefix, what]) => set.startsWith(prefix) && what.test(diff));
  if (i >= 0) used.add(i);
  return i >= 0;
};

/**
 * The parser fetches the remote `$ref`s a document makes (a schema registry, a web page); offline,
 * it reports each as an error (`FetchError`) and the checks that would have read the fetched
 * schema fail too (Adeo's Kafka key, a `$ref` where a schema should be). Eventsmith never fetches
 * (the app works offline): a remote reference is imported as it is and written back as it was,
 * and the view compares it. So an export's parser error is the network's, not the export's, only
 * when the node it is about holds a remote `$ref` and the original document, parsed the same way,
 * reports the same error. Anything else still fails the test.
 */
function networkOnly(error: { path: (string | number)[]; message: string }, exported: Resolver, file: string, originalErrors: Set<string>): boolean {
  if (!originalErrors.has(error.message)) return false;
  let node: unknown = exported.derefSchema(exported.resolve('', file).value, file).value;
  let at = file;
  for (const segment of error.path) {
    if (typeof node === 'string' && isRemoteRef(node)) return true;
    const next: unknown = Array.isArray(node) ? node[Number(segment)] : isObj(node) ? node[String(segment)] : undefined;
    const target = exported.derefSchema(next, at);
    node = target.value;
    at = target.file;
  }
  return (typeof node === 'string' && isRemoteRef(node)) || remoteRefs(node).length > 0;
}

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}

function sets(realWorld: string, spec: string): [string, string[], string][] {
  const out: [string, string[], string][] = [];
  for (const name of readdirSync(realWorld).sort()) out.push([`real-world/${name}`, walk(join(realWorld, name)), join(realWorld, name)]);
  for (const version of ['2.6.0', '3.0.0', '3.1.0']) {
    const dir = join(spec, version);
    for (const p of walk(dir)) {
      if (p.includes('/social-media/') || !/^asyncapi\s*:/m.test(readFileSync(p, 'utf8'))) continue;
      out.push([`spec/${version}/${relative(dir, p)}`, [p], dir]);
    }
    out.push([`spec/${version}/social-media`, walk(join(dir, 'social-media')), join(dir, 'social-media')]);
  }
  return out;
}

function resolverOf(files: { path: string; text: string }[]): Resolver {
  return new Resolver(files.map((f) => ({ path: f.path, data: parseText(f.path, f.text) })));
}

/** Every path where `b` differs from `a`, with both values. */
function differences(a: unknown, b: unknown, at: string, out: string[]): void {
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[k], b[k], `${at}/${k}`, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => differences(x, b[i], `${at}/${i}`, out));
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${at}: ${JSON.stringify(a)?.slice(0, 160)} → ${JSON.stringify(b)?.slice(0, 160)}`);
}

const parser = new Parser();
const exportOf = (files: { path: string; text: string }[]) =>
  exportAsyncApi(importAsyncApi(files).file.design).documents.map((d) => ({ path: `${d.fileBase}.yaml`, text: toYaml(d.document) }));

describeShared('corpus', 'AsyncAPI without loss', (corpus) => {
  const realWorld = join(corpus, 'real-world-asyncapi/docs');
  it('has the 15 real-world sets', () => expect(readdirSync(realWorld)).toHaveLength(15));

  const all = sets(realWorld, join(corpus, 'asyncapi-spec-examples'));
  let ran = 0;
  it.each(all)('%s', async (name, paths, root) => {
    const files = paths.map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
    const first = exportOf(files);
    const second = exportOf(first);
    expect(second.map((f) => f.text)).toEqual(first.map((f) => f.text));

    const original = resolverOf(files);
    const exported = resolverOf(first);
    const exportedViews = new Map<string, DocumentView>(first.map((f) => {
      const v = viewOf(f.path, exported);
      return [v.title, v];
    }));
    const diffs: string[] = [];
    for (const f of files) {
      const data = parseText(f.path, f.text);
      if (!isObj(data) || data.asyncapi === undefined) continue;
      const before = viewOf(f.path, original);
      const after = exportedViews.get(before.title);
      if (!after) {
        diffs.push(`${f.path}: no exported document titled ${before.title}`);
        continue;
      }
      const { title: _a, ...b } = before;
      const { title: _b, ...c } = after;
      differences(b, c, f.path, diffs);
    }
    expect(diffs.filter((d) => !explained(name, d))).toEqual([]);

    let originalErrors: Set<string> | undefined;
    for (const f of first) {
      const { diagnostics } = await parser.parse(f.text);
      const errors = diagnostics.filter((d) => d.severity === 0);
      if (errors.some((e) => /FetchError/.test(e.message)) && !originalErrors) {
        originalErrors = new Set<string>();
        for (const p of paths) for (const d of (await parser.parse(readFileSync(p, 'utf8'), { source: p })).diagnostics) if (d.severity === 0) originalErrors.add(d.message);
      }
      const unexplained = errors
        .filter((e) => !networkOnly(e, exported, f.path, originalErrors ?? new Set()))
        .map((d) => `${f.path} ${d.path.join('/')}: ${d.message}`);
      expect(unexplained.filter((e) => !explained(name, e))).toEqual([]);
    }
    ran++;
  }, 60_000);

  it('every exception still explains a difference (a fixed loss leaves the list)', () => {
    if (ran < all.length) return; // only some sets ran (a filter): nothing to say about the others
    expect(EXCEPTIONS.filter((_, i) => !used.has(i)).map(([set, what]) => `${set} ${what}`)).toEqual([]);
  });
});
