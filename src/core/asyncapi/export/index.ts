// Design → one AsyncAPI 3.0.0 document per service (PRODUCT.md §4, §4.1). Pure: no I/O.
import { portableName } from '../../model/portable-names';
import { indexDesign } from '../../model/queries';
import type { Design, Id } from '../../model/types';
import { serviceDocument, type ExportContext } from './document';
import { messageComponent, messageKeys } from './messages';

export { toJson, toYaml } from './serialize';

export interface AsyncApiDocument {
  serviceId: Id;
  /** File name without extension: the service id, suffixed when Windows or case would clash. */
  fileBase: string;
  document: Record<string, unknown>;
}

export interface AsyncApiExport {
  documents: AsyncApiDocument[];
  warnings: string[];
}

export function exportAsyncApi(design: Design): AsyncApiExport {
  const warnings: string[] = [];
  const messages = new Map<Id, Record<string, unknown>>();
  const keys = messageKeys(design);
  const events = [...design.events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const event of events) {
    const m = messageComponent(design, event, keys.get(event.id)!);
    messages.set(event.id, m.component);
    warnings.push(...m.warnings);
  }
  const ctx: ExportContext = { design, index: indexDesign(design), messageKeys: keys, messages };
  const services = [...design.services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fileNames = new Set<string>();
  const documents = services.map((service) => ({
    serviceId: service.id,
    fileBase: portableName(service.id, fileNames),
    document: serviceDocument(ctx, service),
  }));
  return { documents, warnings };
}
