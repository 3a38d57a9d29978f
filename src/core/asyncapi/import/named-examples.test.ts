// Microcks names message examples with a one-key map (`- laurent: { summary, headers, payload }`),
// which no AsyncAPI version's schema accepts. Field for field it is a 3.0 Message Example Object
// whose `name` is the key: imported so (the names kept), exported so, and the parser accepts it.
import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { exportAsyncApi, toYaml } from '../export/index';
import { importAsyncApi } from './index';
import { exampleOf } from './keep';

const doc = `asyncapi: '2.4.0'
info: { title: User signed-up API, version: 0.1.0 }
channels:
  user/signedup:
    subscribe:
      message:
        name: UserSignedUp
        payload: { type: object, properties: { fullName: { type: string } } }
        examples:
          - laurent:
              summary: Example for Laurent user
              headers: |-
                {"my-app-header": 23}
              payload: { fullName: Laurent Broudoux }
          - john:
              payload: { fullName: John Doe }
          - name: plain
            payload: { fullName: Plain }
          - broken:
              headers: not json
`;

describe('named examples', () => {
  const result = importAsyncApi([{ path: 'user.yaml', text: doc }]);
  const event = result.file.design.events[0];
  const exported = exportAsyncApi(result.file.design).documents[0];
  const text = toYaml(exported.document);

  it('keep their names, summaries and headers in the design', () => {
    expect(event.examples?.map((e) => JSON.parse(e))).toEqual([{ fullName: 'Laurent Broudoux' }, { fullName: 'John Doe' }, { fullName: 'Plain' }]);
    expect(event.kept?.examples).toEqual([
      { name: 'laurent', summary: 'Example for Laurent user', headers: { 'my-app-header': 23 }, payload: { fullName: 'Laurent Broudoux' } },
      { name: 'john', payload: { fullName: 'John Doe' } },
      { name: 'plain', payload: { fullName: 'Plain' } },
    ]);
    // Headers that are neither a map nor JSON text of one cannot be a 3.0 example: said, not kept.
    expect(result.warnings).toContain('user.yaml: message UserSignedUp: 1 example(s) are not AsyncAPI examples (no payload or headers, or headers that are not a map) and are not kept');
  });

  it('are exported as 3.0 Message Example Objects the official parser accepts, the same on the next round trip', async () => {
    const messages = (exported.document as { components: { messages: Record<string, { examples: unknown }> } }).components.messages;
    expect(Object.values(messages)[0].examples).toEqual(event.kept?.examples);
    const { diagnostics } = await new Parser().parse(text);
    expect(diagnostics.filter((d) => d.severity === 0).map((d) => d.message)).toEqual([]);
    const again = importAsyncApi([{ path: 'user.yaml', text }]).file.design;
    expect(toYaml(exportAsyncApi(again).documents[0].document)).toEqual(text);
  });

  it('exampleOf leaves what is not a named example as it is', () => {
    expect(exampleOf({ name: 'a', payload: 1 })).toEqual({ name: 'a', payload: 1 });
    expect(exampleOf({ payload: { laurent: { payload: 1 } } })).toEqual({ payload: { laurent: { payload: 1 } } });
    expect(exampleOf({ 'x-note': { summary: 's' } })).toEqual({ 'x-note': { summary: 's' } });
    expect(exampleOf({ laurent: { payload: 1, other: 2 } })).toEqual({ laurent: { payload: 1, other: 2 } });
    expect(exampleOf({ a: { payload: 1 }, b: { payload: 2 } })).toEqual({ a: { payload: 1 }, b: { payload: 2 } });
    expect(exampleOf({ headers: '[1]' })).toEqual({ headers: '[1]' });
  });
});
