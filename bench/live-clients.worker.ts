// One worker thread of the live load benchmark (bench/live.bench.ts): it runs a share of the
// clients, edits with them on the signal and notes when each of them first sees each other
// client's edit. Threads let the clients use more than one core, as people's own machines would.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { addTopic, moveNodes, removeEntities, updateEvent, updatePublication, updateService } from '../src/core/model/commands';
import type { Design } from '../src/core/model/types';
import { LiveClient } from '../src/cli/serve/testing/live-client';

export interface WorkerSetup {
  baseUrl: string;
  room: string;
  token: string;
  indices: number[];
  clients: number;
  editEveryMs: [number, number];
}

export type ToWorker = { type: 'go'; endAt: number } | { type: 'report' } | { type: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'stopped'; edits: number }
  | { type: 'report'; hashes: string[]; synced: boolean; pairs: number[]; arrivals: [string, number, number][]; refusals: number };

const STAMP = /^edit (\d+) at ([\d.]+)$/;
const now = () => performance.timeOrigin + performance.now();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A deterministic generator, so every run makes the same edits in the same order. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function editOf(i: number, seq: number, pick: number): (d: Design) => Design {
  const me = `load-${i}`;
  const stamp = (d: Design) => updateService(d, me, { description: `edit ${seq} at ${now().toFixed(3)}` });
  const kind = Math.floor(pick * 6);
  return (d) => {
    let next = d;
    if (kind === 0) next = updateService(next, me, { name: `LoadClient${i}v${seq}` });
    else if (kind === 1) next = moveNodes(next, { [me]: { x: 1200 + (seq % 7) * 40, y: i * 90 } });
    else if (kind === 2) {
      // Everyone types into the same schema, at its end.
      const event = next.events[0];
      next = updateEvent(next, event.id, { schema: event.schema.length < 20_000 ? `${event.schema} ` : event.schema.trimEnd() });
    } else if (kind === 3) {
      const pub = next.publications.find((p) => p.serviceId === me);
      const event = next.events[seq % next.events.length].id;
      if (pub) next = updatePublication(next, pub.id, { eventIds: pub.eventIds.includes(event) ? pub.eventIds.filter((e) => e !== event) : [...pub.eventIds, event] });
    } else if (kind === 4) next = addTopic(next, 'stream', { x: 1600, y: i * 90 }, `load-${i}-topic-${seq}`).design;
    else {
      const mine = next.topics.filter((t) => t.name.startsWith(`load-${i}-topic-`));
      if (mine.length) next = removeEntities(next, [mine[0].id]);
    }
    return stamp(next);
  };
}

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
const clients: LiveClient[] = [];
const pairs: number[] = [];
const arrivals = new Map<string, [number, number]>();

for (const receiver of setup.indices) {
  const c = await LiveClient.connect({ baseUrl: setup.baseUrl, room: setup.room, token: setup.token }, 60_000);
  clients.push(c);
  const seen = new Map<number, number>();
  c.subscribe(() => {
    const d = c.design;
    if (!d) return;
    const t = now();
    for (let i = 0; i < setup.clients; i++) {
      if (i === receiver) continue;
      const m = STAMP.exec(d.services.find((s) => s.id === `load-${i}`)?.description ?? '');
      if (!m) continue;
      const seq = Number(m[1]);
      if (seq === 0 || (seen.get(i) ?? 0) >= seq) continue;
      seen.set(i, seq);
      const latency = t - Number(m[2]);
      pairs.push(latency);
      const key = `${i}:${seq}`;
      const a = arrivals.get(key) ?? [0, 0];
      arrivals.set(key, [a[0] + 1, Math.max(a[1], latency)]);
    }
  });
}
await Promise.all(clients.map((c) => c.waitFor(() => c.design !== null, 60_000, 'the design')));
post({ type: 'ready' });

port.on('message', async (m: ToWorker) => {
  if (m.type === 'go') {
    let edits = 0;
    await Promise.all(clients.map(async (c, k) => {
      const i = setup.indices[k];
      const random = rng(20 + i);
      const [lo, hi] = setup.editEveryMs;
      let seq = 0;
      await wait(random() * hi);
      while (Date.now() < m.endAt) {
        if (c.design && c.synced) {
          c.edit(editOf(i, ++seq, random()));
          edits++;
        }
        await wait(lo + random() * (hi - lo));
      }
    }));
    post({ type: 'stopped', edits });
  } else if (m.type === 'report') {
    const hashes = clients.map((c) => createHash('sha256').update(JSON.stringify(c.design)).digest('hex'));
    post({ type: 'report', hashes, synced: clients.every((c) => c.synced), pairs, arrivals: [...arrivals].map(([k, [n, max]]) => [k, n, max]), refusals: clients.reduce((n, c) => n + c.refusals.length, 0) });
  } else if (m.type === 'close') {
    for (const c of clients) c.close();
    port.close();
  }
});
