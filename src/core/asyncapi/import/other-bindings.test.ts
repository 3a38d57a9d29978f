// 2.x bindings objects took any key; 3.0's take only the protocols it has bindings for. A `rabbit`
// or `smf` binding (Spring Cloud Stream's, Solace's) cannot be written into a 3.0 bindings object
// and stay valid: it is kept in the design and exported under X.otherBindings, so nothing is lost
// and the document still passes the official parser.
import { Parser } from '@asyncapi/parser';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exportAsyncApi, toYaml } from '../export/index';
import { X } from '../vocabulary';
import { importAsyncApi } from './index';

type Doc = Record<string, any>;
const text = `asyncapi: 2.6.0
info: { title: Solace app, version: 1.0.0 }
channels:
  orders/placed:
    publish:
      bindings:
        smf: { topicSubscriptions: [ 'orders/*' ], channelType: clientEndpoint, bindingVersion: 0.1.0 }
        solace: { bindingVersion: 0.3.0 }
      traits: [ { $ref: '#/components/operationTraits/rabbit' } ]
      message:
        name: OrderPlaced
        payload: { type: object }
        bindings: { rabbit: { deliveryMode: 2 } }
components:
  operationTraits:
    rabbit: { bindings: { rabbit: null } }
`;

describe('bindings 3.0 has no place for', () => {
  const result = importAsyncApi([{ path: 'app.yaml', text }]);
  const design = result.file.design;
  const [out] = exportAsyncApi(design).documents.map((d) => toYaml(d.document));
  const doc = parse(out) as Doc;

  it('are kept in the design, apart from the 3.0 bindings, and said', () => {
    const sub = design.subscriptions[0];
    expect(sub.kept?.bindings).toEqual({ solace: { bindingVersion: '0.3.0' } });
    expect(sub.kept?.[X.otherBindings]).toEqual({ smf: { topicSubscriptions: ['orders/*'], channelType: 'clientEndpoint', bindingVersion: '0.1.0' }, rabbit: null });
    expect(design.events[0].kept?.[X.otherBindings]).toEqual({ rabbit: { deliveryMode: 2 } });
    const said = (k: string) => expect.stringMatching(new RegExp(`^app\\.yaml: (operation|message) .+: a "${k}" binding has no place in AsyncAPI 3\\.0: kept in the design, exported under ${X.otherBindings}$`));
    expect(result.warnings).toEqual(expect.arrayContaining([said('smf'), said('rabbit')]));
  });

  it('are exported under their own extension, the document valid, the next round trip the same', async () => {
    const op = Object.values(doc.operations)[0] as Doc;
    expect(op.bindings).toEqual({ solace: { bindingVersion: '0.3.0' } });
    expect(op[X.otherBindings]).toEqual({ smf: { topicSubscriptions: ['orders/*'], channelType: 'clientEndpoint', bindingVersion: '0.1.0' }, rabbit: null });
    expect(doc.components.messages.OrderPlaced[X.otherBindings]).toEqual({ rabbit: { deliveryMode: 2 } });
    const { diagnostics } = await new Parser().parse(out);
    expect(diagnostics.filter((d) => d.severity === 0).map((d) => d.message)).toEqual([]);
    const again = importAsyncApi([{ path: 'app.yaml', text: out }]).file.design;
    expect(again.subscriptions[0].kept?.[X.otherBindings]).toEqual(design.subscriptions[0].kept?.[X.otherBindings]);
    expect(exportAsyncApi(again).documents.map((d) => toYaml(d.document))).toEqual([out]);
  });
});
