// Broken or hostile input ends in one clear ImportError naming the file and the reason.
import { describe, expect, it } from 'vitest';
import { ImportError, importAsyncApi } from './index';

const minimal = (extra = '') => `asyncapi: 3.0.0
info: { title: Svc, version: 1.0.0 }
channels:
  a:
    address: a
    messages:
      M: { $ref: '#/components/messages/M' }
operations:
  send:
    action: send
    channel: { $ref: '#/channels/a' }
components:
  messages:
    M:
      payload: { type: object }
${extra}`;

function importError(files: { path: string; text: string }[]): string {
  try {
    importAsyncApi(files);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('expected an ImportError');
}

const aliasBomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`))
  .join('\n');

describe('hostile AsyncAPI input', () => {
  it.each([
    ['invalid YAML', 'bad.yaml', 'asyncapi: 3.0.0\ninfo: [unclosed\n  title: x', /bad\.yaml: not valid YAML or JSON/],
    ['invalid JSON-looking text', 'bad.json', '{ "asyncapi": "3.0.0", ', /bad\.json: not valid YAML or JSON/],
    ['an alias bomb', 'bomb.yaml', 'asyncapi: 3.0.0\n' + aliasBomb, /bomb\.yaml: too many YAML aliases/],
    ['absurd nesting', 'deep.json', '{"asyncapi":"3.0.0","x":' + '['.repeat(5000) + ']'.repeat(5000) + '}', /deep\.json: nested more than 256 levels/],
    ['absurd block nesting', 'deep.yaml', 'asyncapi: 3.0.0\n' + Array.from({ length: 400 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + ' 1', /deep\.yaml: nested more than 256 levels/],
    ['AsyncAPI 4.0.0', 'future.yaml', minimal().replace('3.0.0', '4.0.0'), /future\.yaml: AsyncAPI 4\.0\.0 is not supported/],
    ['AsyncAPI 1.2.0', 'old.yaml', minimal().replace('3.0.0', '1.2.0'), /old\.yaml: AsyncAPI 1\.2\.0 is not supported/],
    ['not AsyncAPI at all (JSON)', 'openapi.json', '{"openapi":"3.1.0","paths":{}}', /openapi\.json: not an AsyncAPI document/],
    ['not AsyncAPI at all (prose)', 'notes.txt', 'Just some notes about our events.', /notes\.txt: not an AsyncAPI document/],
    ['an empty file', 'empty.yaml', '  \n', /empty\.yaml: the file is empty/],
    ['a $ref to a file not given', 'svc.yaml', minimal().replace("{ $ref: '#/components/messages/M' }", "{ $ref: '../common/messages.yaml#/M' }"), /svc\.yaml: \$ref "..\/common\/messages.yaml" names a file that was not given/],
    ['a $ref to the network', 'svc.yaml', minimal().replace("{ $ref: '#/components/messages/M' }", "{ $ref: 'http://evil.example.com/m.yaml#/M' }"), /svc\.yaml: \$ref "http:\/\/evil\.example\.com\/m\.yaml#\/M" points outside the given files/],
    ['a $ref to a local file URL', 'svc.yaml', minimal().replace("{ $ref: '#/components/messages/M' }", "{ $ref: 'file:///etc/passwd' }"), /points outside the given files/],
    ['a $ref pointing nowhere', 'svc.yaml', minimal().replace("'#/components/messages/M'", "'#/components/messages/Nope'"), /svc\.yaml: \$ref "#\/components\/messages\/Nope" points to nothing/],
    ['a $ref loop', 'svc.yaml', minimal().replace("{ $ref: '#/components/messages/M' }", "{ $ref: '#/components/messages/L1' }") + '    L1: { $ref: "#/components/messages/L2" }\n    L2: { $ref: "#/components/messages/L1" }\n', /svc\.yaml: \$ref .* reference loop/],
  ])('%s', (_, path, text, message) => {
    expect(importError([{ path, text }])).toMatch(message);
  });

  it('names the offending file among several', () => {
    expect(importError([{ path: 'ok.yaml', text: minimal() }, { path: 'broken.yaml', text: 'a: [' }])).toMatch(/^broken\.yaml: /);
  });

  it('stops a $ref bomb (each level doubles the schema)', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `    S${i}: { type: object, properties: { a: { $ref: '#/components/schemas/S${i + 1}' }, b: { $ref: '#/components/schemas/S${i + 1}' } } }`);
    const text = minimal().replace('payload: { type: object }', "payload: { $ref: '#/components/schemas/S0' }") + '  schemas:\n' + levels.join('\n') + '\n    S30: { type: string }\n';
    expect(importError([{ path: 'refbomb.yaml', text }])).toMatch(/refbomb\.yaml: resolving \$refs gives more than/);
  });

  it('keeps a network $ref inside a payload schema as a reference, with a warning', () => {
    const text = minimal().replace('payload: { type: object }', "payload: { schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: { $ref: 'https://example.com/p.avsc' } }");
    const { file, warnings } = importAsyncApi([{ path: 'svc.yaml', text }]);
    expect(JSON.parse(file.design.events[0].schema)).toEqual({ $ref: 'https://example.com/p.avsc' });
    expect(warnings).toEqual([expect.stringContaining('https://example.com/p.avsc')]);
  });
});
