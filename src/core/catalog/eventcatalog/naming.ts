// EventCatalog ids, folder names and owners for a design. Ids are the design's own ids (already
// slugs) so links stay stable across exports; anything else is slugged and made unique.
import { isWindowsReserved } from '../../model/portable-names';
import { slugify, uniqueId } from '../../model/ids';
import { ID_PATTERN, type Design, type Id } from '../../model/types';
import { semverOr } from '../names';

export interface Naming {
  /** EventCatalog id (and folder name) of a service, topic or event. */
  id: (designId: Id) => Id;
  /** Team id of an owner string. */
  team: (owner: string) => Id;
  /** Every team to write: id and the owner's text as its name. */
  teams: () => { id: Id; name: string }[];
  domainOf: (domainName: string) => Id;
  designVersion: string;
}

/**
 * Ids are folder and file names: a Windows device name (`con`, `aux`) is never one, and two ids
 * that differ only in case (`Orders`, `orders`) would be one folder on Windows and macOS.
 */
class FileIds {
  private readonly lower = new Set<string>();
  has = (id: Id) => isWindowsReserved(id) || this.lower.has(id.toLowerCase());
  add(id: Id): Id {
    this.lower.add(id.toLowerCase());
    return id;
  }
  make = (base: Id) => this.add(uniqueId(base, this.has));
}

export function namingFor(design: Design): Naming {
  const ids = new Map<Id, Id>();
  const taken = new FileIds();
  const all = [...design.services, ...design.topics, ...design.events].map((x) => x.id).sort();
  for (const id of all) if (ID_PATTERN.test(id) && !taken.has(id)) ids.set(id, taken.add(id));
  for (const id of all) if (!ids.has(id)) ids.set(id, taken.make(slugify(id, 'item')));

  const teamIds = new Map<string, Id>();
  const teamTaken = new FileIds();
  // Only owners the user named: a service's, an event's, the design's. Nobody is made up.
  const owners = [...new Set([...design.services, ...design.events, design].map((x) => x.owner?.trim()).filter((o): o is string => !!o))].sort();
  for (const owner of owners) teamIds.set(owner, teamTaken.make(slugify(owner, 'team')));

  const domainIds = new Map<string, Id>();
  const domainTaken = new FileIds();
  const domainNames = [...new Set(design.services.map((s) => s.domain?.trim() || design.name))].sort();
  for (const name of domainNames) domainIds.set(name, domainTaken.make(slugify(name, 'domain')));

  return {
    id: (designId) => ids.get(designId) ?? slugify(designId),
    team: (owner) => teamIds.get(owner.trim())!,
    teams: () => [...teamIds].map(([name, id]) => ({ id, name })),
    domainOf: (name) => domainIds.get(name.trim() || design.name) ?? domainIds.get(design.name) ?? slugify(name, 'domain'),
    designVersion: semverOr(design.version),
  };
}
