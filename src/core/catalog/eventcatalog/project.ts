// The EventCatalog project (EventCatalog 3.x folder and frontmatter format): domains with their
// services, each event under the service that produces it, channels for topics, teams for owners,
// and each service's AsyncAPI document attached as its specification.
import type { PlainFinding as Finding } from '../../lint/types';
import type { Design, Id, Service, Topic } from '../../model/types';
import { exportAsyncApi, toYaml, type AsyncApiExport } from '../../asyncapi/export/index';
import { PROTOCOL, summaryOf } from '../../asyncapi/vocabulary';
import { escapeMarkdown } from '../escape';
import { semverOr } from '../names';
import type { CatalogFile } from '../types';
import { catalogView, type CatalogView } from '../view';
import { projectFiles } from './config';
import { descriptionLines, findingsBlock, mdx } from './mdx';
import { COLLECTION, messageFiles, messageVersion } from './messages';
import { namingFor, type Naming } from './naming';
import type { ValidationResults } from '../../validate/types';

export interface EventCatalogOptions {
  findings: readonly Finding[];
  /** ajv's results: each example is shown with its verdict. */
  validation?: ValidationResults;
  /** AsyncAPI documents to attach; computed from the design when absent, none when `false`. */
  asyncapi?: Pick<AsyncApiExport, 'documents'> | false;
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

export function eventCatalogProject(design: Design, options: EventCatalogOptions): CatalogFile[] {
  const view = catalogView(design, options);
  const naming = namingFor(design);
  const files: CatalogFile[] = [...projectFiles(design)];
  const ownersOf = (list: (Service | undefined)[]) => uniq(list.flatMap((s) => (s?.owner?.trim() ? [naming.team(s.owner)] : [])));
  // What has no owner of its own is listed under the design's owner; with none, it has no owners
  // (EventCatalog does not require them: its linter only recommends them). Nobody is made up.
  const designOwner = design.owner?.trim() ? [naming.team(design.owner)] : [];
  const orDesignOwner = (owners: string[]) => (owners.length ? owners : designOwner.length ? designOwner : undefined);
  const serviceDir = new Map<Id, string>();
  const serviceVersion = (s: Service) => semverOr(s.version ?? design.version, naming.designVersion);
  const asyncapi = options.asyncapi === false ? [] : (options.asyncapi ?? exportAsyncApi(design)).documents;

  // Domains and their services.
  const domains = new Map<Id, { name: string; services: Service[] }>();
  for (const sv of view.services) {
    const name = sv.service.domain?.trim() || design.name;
    const id = naming.domainOf(name);
    if (!domains.has(id)) domains.set(id, { name, services: [] });
    domains.get(id)!.services.push(sv.service);
    serviceDir.set(sv.service.id, `domains/${id}/services/${naming.id(sv.service.id)}`);
  }
  for (const [id, d] of [...domains].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.push({
      path: `domains/${id}/index.mdx`,
      content: mdx(
        {
          id,
          name: d.name,
          version: naming.designVersion,
          owners: orDesignOwner(ownersOf(d.services)),
          services: d.services.map((s) => ({ id: naming.id(s.id), version: serviceVersion(s) })),
        },
        [
          '## Overview',
          '',
          ...(d.name === design.name ? descriptionLines(design.description) : []),
          '<NodeGraph />',
        ],
      ),
    });
  }

  for (const sv of view.services) files.push(...serviceFiles(view, sv, naming, serviceDir.get(sv.service.id)!, serviceVersion(sv.service), orDesignOwner(ownersOf([sv.service])), asyncapi));

  // Messages live under their first producer (by name); those nobody produces live at the top level.
  for (const ev of view.events) {
    const home = ev.producers[0];
    const collection = COLLECTION[ev.event.kind];
    const dir = home ? `${serviceDir.get(home.id)}/${collection}/${naming.id(ev.event.id)}` : `${collection}/${naming.id(ev.event.id)}`;
    const owners = ev.event.owner?.trim() ? [naming.team(ev.event.owner)] : orDesignOwner(ownersOf(ev.producers));
    files.push(...messageFiles(ev, dir, naming, owners));
  }

  for (const tv of view.topics) {
    const t = tv.topic;
    const findings = options.findings.filter((f) => !f.suppressed && f.target.kind === 'topic' && f.target.id === t.id);
    files.push({
      path: `channels/${naming.id(t.id)}/index.mdx`,
      content: mdx(channelFrontmatter(t, tv, naming, orDesignOwner(ownersOf([...tv.producers, ...tv.consumers, ...deadLetterSenders(view, t.id)]))), [
        '## Overview',
        '',
        ...descriptionLines(t.description),
        '<NodeGraph />',
        '',
        ...findingsBlock(findings),
      ]),
    });
  }

  for (const team of naming.teams())
    files.push({
      path: `teams/${team.id}.mdx`,
      content: mdx({ id: team.id, name: team.name }, [`Named as an owner in the Eventsmith design ${escapeMarkdown(design.name)}.`]),
    });

  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function channelFrontmatter(t: Topic, tv: CatalogView['topics'][number], naming: Naming, owners: string[] | undefined): Record<string, unknown> {
  return {
    id: naming.id(t.id),
    name: t.name,
    version: naming.designVersion,
    summary: t.description?.trim() ? summaryOf(t.description) : undefined,
    owners,
    address: t.name,
    protocols: t.broker === 'generic' ? undefined : [PROTOCOL[t.broker]],
    'x-eventsmith-id': t.id,
    'x-eventsmith-broker': t.broker,
    'x-eventsmith-kind': t.kind,
    'x-eventsmith-partitions': t.partitions,
    'x-eventsmith-partition-key': t.partitionKey,
    'x-eventsmith-retention': t.retention,
    'x-eventsmith-compacted': t.compacted,
    'x-eventsmith-replayed': t.replayed,
    'x-eventsmith-dead-letter-for': tv.deadLetterFor.length ? tv.deadLetterFor.map((d) => naming.id(d.id)) : undefined,
    'x-eventsmith-depth-alert': t.depthAlert,
  };
}

function serviceFiles(
  view: CatalogView,
  sv: CatalogView['services'][number],
  naming: Naming,
  dir: string,
  version: string,
  owners: string[] | undefined,
  asyncapi: Pick<AsyncApiExport, 'documents'>['documents'],
): CatalogFile[] {
  const s = sv.service;
  const sends = new Map<Id, { id: Id; version: string; to: { id: Id }[] }>();
  const addSend = (eventId: Id, topicId: Id) => {
    const event = view.index.events.get(eventId)!;
    const entry = sends.get(eventId) ?? { id: naming.id(eventId), version: messageVersion(event), to: [] };
    if (!entry.to.some((c) => c.id === naming.id(topicId))) entry.to.push({ id: naming.id(topicId) });
    sends.set(eventId, entry);
  };
  for (const x of sv.sends) for (const t of x.topics) addSend(x.event.id, t.id);
  // A consumer moves the messages it cannot process to its dead-letter topic: it sends them there.
  for (const sub of view.design.subscriptions.filter((x) => x.serviceId === s.id && x.deadLetterTopicId && view.index.topics.has(x.deadLetterTopicId)))
    for (const x of sv.receives.filter((r) => r.topics.some((t) => t.id === sub.topicId))) addSend(x.event.id, sub.deadLetterTopicId!);
  const receives = sv.receives.map((x) => ({ id: naming.id(x.event.id), version: messageVersion(x.event), from: x.topics.map((t) => ({ id: naming.id(t.id) })) }));
  const doc = asyncapi.find((d) => d.serviceId === s.id);
  const specFile = doc ? `${doc.fileBase}.asyncapi.yaml` : undefined;
  const findings = serviceFindings(view, s.id);
  const files: CatalogFile[] = [
    {
      path: `${dir}/index.mdx`,
      content: mdx(
        {
          id: naming.id(s.id),
          name: s.name,
          version,
          summary: s.description?.trim() ? summaryOf(s.description) : undefined,
          owners,
          sends: sends.size ? [...sends.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) : undefined,
          receives: receives.length ? receives : undefined,
          specifications: specFile ? [{ type: 'asyncapi', path: specFile, name: 'AsyncAPI 3.0' }] : undefined,
          'x-eventsmith-id': s.id,
          'x-eventsmith-domain': s.domain,
          'x-eventsmith-owns-state': s.ownsState,
          'x-eventsmith-tags': s.tags?.length ? s.tags : undefined,
        },
        [
          '## Overview',
          '',
          ...descriptionLines(s.description),
          '<NodeGraph />',
          '',
          ...findingsBlock(findings),
        ],
      ),
    },
  ];
  if (doc && specFile) files.push({ path: `${dir}/${specFile}`, content: toYaml(doc.document) });
  return files;
}

/** Services whose subscriptions park failed messages on a dead-letter topic. */
function deadLetterSenders(view: CatalogView, topicId: Id): Service[] {
  const ids = view.design.subscriptions.filter((s) => s.deadLetterTopicId === topicId).map((s) => s.serviceId);
  return view.services.filter((sv) => ids.includes(sv.service.id)).map((sv) => sv.service);
}

function serviceFindings(view: CatalogView, serviceId: Id): Finding[] {
  const own = new Set<Id>([serviceId, ...view.design.publications.filter((p) => p.serviceId === serviceId).map((p) => p.id), ...view.design.subscriptions.filter((s) => s.serviceId === serviceId).map((s) => s.id)]);
  return [...view.events.flatMap((e) => e.findings), ...view.otherFindings].filter((f, i, all) => own.has(f.target.id) && all.indexOf(f) === i);
}
