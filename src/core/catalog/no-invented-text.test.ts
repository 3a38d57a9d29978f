// Issue 16: exports carry the design's names and the user's own words only. A design drawn from
// the palette and renamed, with no descriptions and no owners, exports without a made-up summary,
// title, description or owner, under file names, ids and folders that read like the design.
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { exportAsyncApi, toYaml } from '../asyncapi/export/index';
import * as c from '../model/commands';
import { emptyDesign } from '../model/factories';
import type { Design } from '../model/types';
import { catalogHtml, catalogMarkdown, eventCatalogProject, ownerNote, type CatalogFile } from './index';

/** Producer, Topic, Consumer and an event from the palette, renamed; nothing else written. */
function drawnAndRenamed(): Design {
  let d = emptyDesign('Shop');
  d = c.addService(d, { x: 0, y: 0 }, 'Producer').design;
  d = c.addService(d, { x: 400, y: 0 }, 'Consumer').design;
  d = c.addTopic(d, 'stream', { x: 200, y: 0 }).design;
  d = c.addEvent(d).design;
  const pub = c.connect(d, 'producer', 'topic');
  if ('error' in pub) throw new Error(pub.error);
  const sub = c.connect(pub.design, 'topic', 'consumer');
  if ('error' in sub) throw new Error(sub.error);
  d = c.updatePublication(sub.design, pub.id, { eventIds: ['something-happened'] });
  for (const [id, name] of [['producer', 'CheckoutService'], ['consumer', 'BillingService'], ['topic', 'orders'], ['something-happened', 'OrderPlaced']])
    d = c.renameElement(d, id, name).design;
  return d;
}

const DEFAULT_IDS = /\b(producer|consumer|topic-\d|something-happened)\b/;
const INVENTED = /The event |The service |The kafka topic|a service of the|publishes to|consumes from|unassigned|No description|The partition key/i;
const front = (f: CatalogFile) => parseYaml(f.content.split(/^---$/m)[1]) as Record<string, unknown>;

describe('exports without invented text (issue 16)', () => {
  const design = drawnAndRenamed();

  it('AsyncAPI: files, channels, operations and messages read like the design; nothing is made up', () => {
    const { documents } = exportAsyncApi(design);
    expect(documents.map((d) => d.fileBase)).toEqual(['billing-service', 'checkout-service']);
    const checkout = documents[1].document as Record<string, any>;
    expect(Object.keys(checkout.channels)).toEqual(['orders']);
    expect(Object.keys(checkout.operations)).toEqual(['checkout-service-publishes-orders']);
    expect(Object.keys((documents[0].document as Record<string, any>).operations)).toEqual(['billing-service-consumes-orders']);
    expect(checkout.info).not.toHaveProperty('description');
    expect(checkout.info).not.toHaveProperty('x-eventsmith-generated-description');
    expect(checkout.operations['checkout-service-publishes-orders']).not.toHaveProperty('summary');
    expect(checkout.operations['checkout-service-publishes-orders']).not.toHaveProperty('description');
    expect(checkout.components.messages.OrderPlaced).not.toHaveProperty('title');
    expect(checkout.components.messages.OrderPlaced).not.toHaveProperty('summary');
    for (const d of documents) {
      const yaml = toYaml(d.document);
      expect(yaml).not.toMatch(DEFAULT_IDS);
      expect(yaml).not.toMatch(INVENTED);
    }
  });

  it("AsyncAPI: a summary comes only from the user's own description", () => {
    const described = c.updateEvent(design, 'order-placed', { description: 'An order was placed. It has lines.' });
    const doc = exportAsyncApi(described).documents[1].document as Record<string, any>;
    expect(doc.components.messages.OrderPlaced).toMatchObject({ summary: 'An order was placed.', description: 'An order was placed. It has lines.' });
  });

  it('EventCatalog: folders read like the design; no summary, owner or team is made up', () => {
    const files = eventCatalogProject(design, { findings: [] });
    const paths = files.map((f) => f.path);
    expect(paths).toContain('domains/shop/services/checkout-service/events/order-placed/index.mdx');
    expect(paths).toContain('domains/shop/services/billing-service/index.mdx');
    expect(paths).toContain('channels/orders/index.mdx');
    expect(paths.filter((p) => p.startsWith('teams/'))).toEqual([]);
    for (const f of files) {
      expect(f.path).not.toMatch(DEFAULT_IDS);
      if (!f.path.endsWith('.mdx')) continue;
      const fm = front(f);
      expect(fm, f.path).not.toHaveProperty('summary');
      expect(fm, f.path).not.toHaveProperty('owners');
      expect(f.content, f.path).not.toMatch(INVENTED);
    }
    expect(ownerNote(design)).toBe('2 services and 1 event have no owner, and the design has none: EventCatalog lists them without an owner. Give the design an owner to list them under it.');
  });

  it("EventCatalog: what has no owner of its own is listed under the design's owner, and the note says so", () => {
    let owned = c.updateDesignInfo(design, { owner: 'Sales' });
    owned = c.updateService(owned, 'billing-service', { owner: 'Billing team' });
    const files = eventCatalogProject(owned, { findings: [] });
    const at = (suffix: string) => front(files.find((f) => f.path.endsWith(suffix))!);
    expect(at('services/checkout-service/index.mdx').owners).toEqual(['sales']);
    expect(at('services/billing-service/index.mdx').owners).toEqual(['billing-team']);
    expect(at('events/order-placed/index.mdx').owners).toEqual(['sales']);
    expect(at('channels/orders/index.mdx').owners).toEqual(['billing-team']);
    expect(files.filter((f) => f.path.startsWith('teams/')).map((f) => [f.path, front(f).name])).toEqual([['teams/billing-team.mdx', 'Billing team'], ['teams/sales.mdx', 'Sales']]);
    expect(ownerNote(owned)).toBe("1 service and 1 event have no owner: they will be listed under the design's owner, Sales.");
    const eventOwned = c.updateEvent(owned, 'order-placed', { owner: 'Orders' });
    expect(ownerNote(eventOwned)).toBe("1 service has no owner: it will be listed under the design's owner, Sales.");
    expect(ownerNote(c.updateService(eventOwned, 'checkout-service', { owner: 'Checkout' }))).toBeNull();
  });

  it('HTML and Markdown catalogs leave an empty description out', () => {
    const [html] = catalogHtml(design, { findings: [] });
    const [md] = catalogMarkdown(design, { findings: [] });
    expect(html.content).not.toMatch(/No description/);
    expect(md.content).not.toMatch(/No description/);
    expect(md.content).toContain('OrderPlaced');
  });
});
