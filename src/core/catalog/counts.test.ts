// Issue 16's wrong numbers: the catalog's counts are the Problems panel's (countBySeverity over
// the open findings, each finding once), and an event's usage includes subscriptions that take
// every event on its topic.
import { describe, expect, it } from 'vitest';
import { countBySeverity, lintDesign } from '../lint/engine';
import { eventUsage } from '../model/commands';
import { design } from '../testing/lint-design';
import { catalogHtml } from './html';
import { catalogMarkdown } from './markdown';
import { catalogView } from './view';

// Two events on one topic without a key: the topic's partition-key warning shows under both events.
const d = design({
  topics: [['orders', { partitionKey: undefined }]],
  pubs: [['shop', 'orders', ['OrderPlaced', 'OrderCancelled']]],
  subs: [['orders', 'billing'], ['orders', 'audit']],
});

describe('catalog numbers', () => {
  const findings = lintDesign(d);
  const panel = countBySeverity(findings);

  it('counts each finding once, per severity, as the Problems panel does', () => {
    expect(panel.warning).toBeGreaterThan(0);
    expect(catalogView(d, { findings }).counts).toEqual(panel);
    const md = catalogMarkdown(d, { findings })[0].content;
    expect(md).toContain(`${panel.error} errors · ${panel.warning} warnings · ${panel.info} infos`);
    const html = catalogHtml(d, { findings })[0].content;
    expect(html).toContain(`<strong>${panel.warning}</strong><span>warnings</span>`);
    expect(html).toContain(`<strong>${panel.info}</strong><span>infos</span>`);
  });

  it('usage counts subscriptions that take every event on the topic', () => {
    const usage = eventUsage(d, 'OrderPlaced');
    expect(usage.publications).toHaveLength(1);
    expect(usage.subscriptions.map((s) => s.serviceId)).toEqual(['billing', 'audit']);
    expect(eventUsage(d, 'Unused').subscriptions).toEqual([]);
  });
});
