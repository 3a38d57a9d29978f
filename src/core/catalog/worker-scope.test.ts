// The catalog worker writes exactly what the exporters write on the page, and a failure comes back as
// a message (the page then says the export failed) instead of a worker that never answers.
import { describe, expect, it } from 'vitest';
import { catalogHtml, catalogMarkdown, eventCatalogProject, ownerNote } from './index';
import { orderSaga, sampleFindings } from '../testing/catalog-designs';
import { attachCatalogWorker, writeCatalog, type CatalogResponse, type CatalogScopeLike } from './worker-scope';

describe('catalog worker', () => {
  const design = orderSaga();
  const findings = sampleFindings(design);

  it('writes the same files as the exporters, for every format', () => {
    expect(writeCatalog({ format: 'html', design, findings, validation: {} })).toEqual({ ok: true, files: catalogHtml(design, { findings, validation: {} }), note: null });
    expect(writeCatalog({ format: 'markdown', design, findings, validation: {} })).toEqual({ ok: true, files: catalogMarkdown(design, { findings, validation: {} }), note: null });
    expect(writeCatalog({ format: 'eventcatalog', design, findings, validation: {} })).toEqual({ ok: true, files: eventCatalogProject(design, { findings, validation: {} }), note: ownerNote(design) });
  });

  it('answers every message, with the error when writing fails', () => {
    const answers: CatalogResponse[] = [];
    const scope: CatalogScopeLike = { onmessage: null, postMessage: (m) => answers.push(m) };
    attachCatalogWorker(scope);
    scope.onmessage!({ data: { format: 'markdown', design, findings, validation: {} } });
    scope.onmessage!({ data: { format: 'markdown', design: null, findings, validation: {} } });
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatchObject({ ok: true });
    expect(answers[1]).toMatchObject({ ok: false, error: expect.any(String) });
  });
});
