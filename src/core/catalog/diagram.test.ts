// @ts-ignore -- jsdom ships no type declarations and @types/jsdom is not installed
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { flowDiagramSvg } from './diagram';
import { orderSaga } from '../testing/catalog-designs';
import { catalogView } from './view';

/** A chain of n services: service i publishes on topic i, service i+1 consumes it with a DLQ. */
function chain(n: number): Design {
  const d: Design = { id: 'chain', name: 'Chain', version: '1.0.0', services: [], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } };
  for (let i = 0; i < n; i++) {
    d.services.push({ id: `s${i}`, name: `Service number ${i} with a rather long name` });
    d.topics.push({ id: `t${i}`, name: `topic.${i}`, broker: 'kafka', kind: 'stream' });
    d.events.push({ id: `e${i}`, name: `Thing${i}Happened`, kind: 'event', version: '1.0.0', schemaFormat: 'json-schema', schema: '{}' });
    d.publications.push({ id: `p${i}`, serviceId: `s${i}`, topicId: `t${i}`, eventIds: [`e${i}`] });
    if (i > 0) {
      d.topics.push({ id: `dlq${i}`, name: `dlq.${i}`, broker: 'kafka', kind: 'dead-letter' });
      d.subscriptions.push({ id: `c${i}`, serviceId: `s${i}`, topicId: `t${i - 1}`, deadLetterTopicId: `dlq${i}` });
    }
  }
  return d;
}

function parse(svg: string) {
  const doc = new JSDOM(`<!doctype html><body>${svg}</body>`).window.document;
  const rects = [...doc.querySelectorAll('rect')].map((r: any) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))));
  return { doc, rects };
}

describe('flow diagram', () => {
  it('lays out the order saga in four columns with every edge ending at a node', () => {
    const svg = flowDiagramSvg(catalogView(orderSaga(), { findings: [] }));
    const { doc, rects } = parse(svg);
    // 3 producers, 3 topics, 3 consumers, 3 dead-letter topics.
    expect(rects).toHaveLength(12);
    expect(new Set(rects.map((r) => r[0])).size).toBe(4);
    expect([...doc.querySelectorAll('.col-heading')].map((t: any) => t.textContent)).toEqual(['Producers', 'Topics', 'Consumers', 'Dead-letter topics']);
    expect(doc.querySelectorAll('path.edge')).toHaveLength(9);
    expect(doc.querySelectorAll('path.edge.dlq')).toHaveLength(3);
    // The saga's three links run straight across: each edge starts and ends at the same height.
    for (const p of doc.querySelectorAll('path.edge')) {
      const [, y1, , , , , , y2] = (p as any).getAttribute('d').match(/-?\d+(\.\d+)?/g);
      expect(y1).toBe(y2);
    }
  });

  it('keeps ~30 nodes readable: no overlaps, labels cut to fit, size bounded, deterministic', () => {
    const design = chain(8); // 8 producers, 8 topics, 7 consumers, 7 dead-letter topics = 30 nodes
    const svg = flowDiagramSvg(catalogView(design, { findings: [] }));
    expect(flowDiagramSvg(catalogView(chain(8), { findings: [] }))).toBe(svg);
    const { doc, rects } = parse(svg);
    expect(rects).toHaveLength(30);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [ax, ay, aw, ah] = rects[i];
        const [bx, by, bw, bh] = rects[j];
        expect(ax + aw <= bx || bx + bw <= ax || ay + ah <= by || by + bh <= ay, `nodes ${i} and ${j} overlap`).toBe(true);
      }
    const labels = [...doc.querySelectorAll('text.label')].map((t: any) => t.textContent);
    expect(Math.max(...labels.map((l: string) => l.length))).toBeLessThanOrEqual(22);
    expect(labels.some((l: string) => l.endsWith('…'))).toBe(true);
    const [w, h] = doc.querySelector('svg').getAttribute('viewBox').split(' ').slice(2).map(Number);
    expect(w).toBeLessThan(1200);
    expect(h).toBeLessThan(600);
  });

  it('says so when there is nothing to draw', () => {
    const empty: Design = { id: 'e', name: 'E', version: '1.0.0', services: [], topics: [], events: [], publications: [], subscriptions: [], layout: { nodes: {} } };
    expect(flowDiagramSvg(catalogView(empty, { findings: [] }))).toContain('no services or topics');
  });
});
