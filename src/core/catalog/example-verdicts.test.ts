// Issue 16: "With an invalid schema, a wrong example shows a green 'matches the schema'." The
// catalogs say what the app's pills say, from the same real ajv results: an invalid schema checks
// no example, and nothing is said to match that was not checked.
import { describe, expect, it } from 'vitest';
import { lintDesign } from '../lint/engine';
import { design } from '../testing/lint-design';
import { validateDesign } from '../validate/validate-event';
import { SCHEMA_INVALID_VERDICT } from '../validate/verdict';
import { eventCatalogProject } from './eventcatalog/project';
import { catalogHtml } from './html';
import { catalogMarkdown } from './markdown';

const WRONG = '{"orderId": 42}';
const RIGHT = '{"orderId": "o-1"}';
const withSchema = (schema: string) => design({
  pubs: [['shop', 'orders', ['OrderPlaced']]],
  events: [['OrderPlaced', { schema, examples: [WRONG, RIGHT] }]],
});
const VALID = '{"type":"object","required":["orderId"],"properties":{"orderId":{"type":"string"}}}';
// Breaks the meta-schema ("thing" is no type): ajv compiles nothing, so nothing is checked.
const INVALID = '{"type":"thing","properties":{"orderId":{"type":"string"}}}';

function exports(d: ReturnType<typeof design>, withResults = true) {
  const validation = withResults ? validateDesign(d) : undefined;
  const findings = lintDesign(d, { validation });
  const eventcatalog = eventCatalogProject(d, { findings, validation, asyncapi: false }).find((f) => f.path.endsWith('/index.mdx') && f.path.includes('events/'))!;
  return {
    html: catalogHtml(d, { findings, validation })[0].content,
    markdown: catalogMarkdown(d, { findings, validation })[0].content,
    eventcatalog: eventcatalog.content,
  };
}

describe('example verdicts in the catalogs', () => {
  it.each(['html', 'markdown', 'eventcatalog'] as const)('%s: an invalid schema shows no example as matching', (format) => {
    const text = exports(withSchema(INVALID))[format];
    expect(text).toContain(`Example 1: ${SCHEMA_INVALID_VERDICT}`);
    expect(text).toContain(`Example 2: ${SCHEMA_INVALID_VERDICT}`);
    expect(text).not.toContain('matches the schema');
  });

  it.each(['html', 'markdown', 'eventcatalog'] as const)('%s: a valid schema shows each example\'s verdict', (format) => {
    const text = exports(withSchema(VALID))[format];
    expect(text).toContain('Example 1: 1 problem: /orderId must be string');
    expect(text).toContain('Example 2: matches the schema');
    expect(text).not.toContain(SCHEMA_INVALID_VERDICT);
  });

  it('without validation results only an unreadable schema is known: no match is claimed', () => {
    const unreadable = exports(withSchema('{"type": "object",'), false);
    expect(unreadable.html).toContain(`Example 1: ${SCHEMA_INVALID_VERDICT}`);
    const unknown = exports(withSchema(INVALID), false);
    expect(unknown.html).not.toContain('Example 1:');
    expect(unknown.html).not.toContain('matches the schema');
  });
});
