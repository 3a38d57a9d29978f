// What the EventCatalog export does with what has no owner, said once in the export's notice
// (issue 16): listed under the design's owner, or without an owner; nobody is made up.
import type { Design } from '../../model/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ownerNote(design: Design): string | null {
  const owned = new Set(design.services.filter((s) => s.owner?.trim()).map((s) => s.id));
  const producers = new Map<string, string[]>();
  for (const p of design.publications) for (const e of p.eventIds) producers.set(e, [...(producers.get(e) ?? []), p.serviceId]);
  const services = design.services.filter((s) => !owned.has(s.id)).length;
  // An event without an owner of its own is listed under its producers' owners.
  const events = design.events.filter((e) => !e.owner?.trim() && !(producers.get(e.id) ?? []).some((id) => owned.has(id))).length;
  if (services + events === 0) return null;
  const what = [services ? plural(services, 'service', 'services') : '', events ? plural(events, 'event', 'events') : ''].filter(Boolean).join(' and ');
  const one = services + events === 1;
  const owner = design.owner?.trim();
  return owner
    ? `${what} ${one ? 'has' : 'have'} no owner: ${one ? 'it' : 'they'} will be listed under the design's owner, ${owner}.`
    : `${what} ${one ? 'has' : 'have'} no owner, and the design has none: EventCatalog lists ${one ? 'it' : 'them'} without an owner. Give the design an owner to list ${one ? 'it' : 'them'} under it.`;
}
