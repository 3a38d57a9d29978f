// EventCatalog ids, folder names and owners for a design. Ids are the design's own ids (already
// slugs) so links stay stable across exports; anything else is slugged and made unique.
import { slugify, uniqueId } from '../../model/ids';
import { ID_PATTERN, type Design, type Id } from '../../model/types';
import { semverOr } from '../names';

export interface Naming {
  /** EventCatalog id (and folder name) of a service, topic or event. */
  id: (designId: Id) => Id;
  /** Team id of an owner string. */
  team: (owner: string) => Id;
  /** Every team to write: id and the owner's text as its name. */
  teams: () => { id: Id; name: string; unassigned?: true }[];
  /** The team for resources nobody owns; created on first use. */
  unassigned: () => Id;
  domainOf: (domainName: string) => Id;
  designVersion: string;
}

export function namingFor(design: Design): Naming {
  const ids = new Map<Id, Id>();
  const taken = new Set<Id>();
  const all = [...design.services, ...design.topics, ...design.events].map((x) => x.id).sort();
  for (const id of all) if (ID_PATTERN.test(id) && !taken.has(id)) {
    ids.set(id, id);
    taken.add(id);
  }
  for (const id of all)
    if (!ids.has(id)) {
      const made = uniqueId(slugify(id, 'item'), taken);
      ids.set(id, made);
      taken.add(made);
    }

  const teamIds = new Map<string, Id>();
  const teamTaken = new Set<Id>();
  const owners = [...new Set([...design.services, ...design.events].map((x) => x.owner?.trim()).filter((o): o is string => !!o))].sort();
  for (const owner of owners) {
    const id = uniqueId(slugify(owner, 'team'), teamTaken);
    teamIds.set(owner, id);
    teamTaken.add(id);
  }
  let unassignedId: Id | undefined;

  const domainIds = new Map<string, Id>();
  const domainTaken = new Set<Id>();
  const domainNames = [...new Set(design.services.map((s) => s.domain?.trim() || design.name))].sort();
  for (const name of domainNames) {
    const id = uniqueId(slugify(name, 'domain'), domainTaken);
    domainIds.set(name, id);
    domainTaken.add(id);
  }

  return {
    id: (designId) => ids.get(designId) ?? slugify(designId),
    team: (owner) => teamIds.get(owner.trim())!,
    teams: () => [
      ...[...teamIds].map(([name, id]) => ({ id, name })),
      ...(unassignedId ? [{ id: unassignedId, name: 'Unassigned', unassigned: true as const }] : []),
    ],
    unassigned: () => (unassignedId ??= uniqueId('unassigned', teamTaken)),
    domainOf: (name) => domainIds.get(name.trim() || design.name) ?? domainIds.get(design.name) ?? slugify(name, 'domain'),
    designVersion: semverOr(design.version),
  };
}
