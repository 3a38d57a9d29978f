// Live sessions under load (issue 20): 30 clients edit one room on one `eventsmith serve` for
// 60 s, on loopback, then stop by themselves. Each edit is a real one (rename, move, type in a
// shared schema, attach or detach an event, add or delete a topic) and carries the time it was
// made; latency runs from that moment to the moment each other client's design (the room read
// through the mapping and restoreDesign: what the store would hold) shows it. The clients run in
// three worker threads (bench/live-clients.worker.ts); 10 clients share each event loop, so the
// figures include that queueing, which people on their own machines would not have.
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { connect } from '../src/core/model/commands';
import { generateSystem } from '../src/core/testing/sample-designs';
import { createRoom, LiveClient } from '../src/cli/serve/testing/live-client';
import { cpuSeconds, fixtureApp, removeDir, residentMB, startServe, tempDir } from '../src/cli/serve/testing/serve-process';
import type { FromWorker, ToWorker, WorkerSetup } from './live-clients.worker';
import { row, type Row } from './row';
import { percentile } from './stats';

const CLIENTS = 30;
const THREADS = 3;
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS) || 60;
/** Each client edits every 2–6 s (4 s on average): 7.5 edits a second in the room, a very busy workshop. */
const EDIT_EVERY_MS: [number, number] = [2000, 6000];

class ClientThread {
  private readonly worker: Worker;
  private waiting: ((m: FromWorker) => void)[] = [];
  private failure: Error | null = null;
  constructor(setup: WorkerSetup) {
    this.worker = new Worker(new URL('./live-clients.thread.mjs', import.meta.url), { workerData: setup });
    this.worker.on('message', (m: FromWorker) => this.waiting.shift()?.(m));
    this.worker.on('error', (e) => {
      this.failure = e;
      process.stderr.write(`live bench: a client thread failed: ${e.stack ?? e}\n`);
    });
  }
  next(timeoutMs: number, what: string): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`live bench: timed out waiting for ${what}${this.failure ? ` (${this.failure.message})` : ''}`)), timeoutMs);
      this.waiting.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  }
  send(m: ToWorker): void {
    this.worker.postMessage(m);
  }
  async close(): Promise<void> {
    this.send({ type: 'close' });
    await this.worker.terminate();
  }
}

export async function liveBenchmarks(log: (line: string) => void): Promise<Row[]> {
  // The server runs the bundled CLI (bin/eventsmith.mjs): bundle the code being measured first.
  const { buildCli } = (await import('../scripts/build-cli.mjs' as string)) as { buildCli: () => Promise<void> };
  await buildCli();
  const dataDir = tempDir('bench-data');
  const appDir = fixtureApp();
  const serve = await startServe({ dataDir, appDir });
  const threads: ClientThread[] = [];
  let observer: LiveClient | undefined;
  try {
    const links = await createRoom(serve.baseUrl);
    observer = await LiveClient.connect({ baseUrl: serve.baseUrl, room: links.room, token: links.viewToken }, 60_000);
    const writer = await LiveClient.connect({ baseUrl: serve.baseUrl, room: links.room, token: links.editToken }, 60_000);
    // The order saga's size, plus one service per client with a publication to a shared topic.
    let design = generateSystem(6, 4, 6).design;
    for (let i = 0; i < CLIENTS; i++) {
      design = { ...design, services: [...design.services, { id: `load-${i}`, name: `LoadClient${i}`, description: 'edit 0 at 0' }], layout: { ...design.layout, nodes: { ...design.layout.nodes, [`load-${i}`]: { x: 1200, y: i * 90 } } } };
      const link = connect(design, `load-${i}`, design.topics[i % design.topics.length].id);
      if ('error' in link) throw new Error(link.error);
      design = link.design;
    }
    writer.write(design);
    await writer.waitFor(() => writer.synced, 30_000, 'the starting design');
    writer.close();
    const o = observer;
    await o.waitFor(() => o.design?.services.length === design.services.length, 30_000, 'the observer to have the design');

    for (let t = 0; t < THREADS; t++) {
      const indices = Array.from({ length: CLIENTS }, (_, i) => i).filter((i) => i % THREADS === t);
      threads.push(new ClientThread({ baseUrl: serve.baseUrl, room: links.room, token: links.editToken, indices, clients: CLIENTS, editEveryMs: EDIT_EVERY_MS }));
    }
    await Promise.all(threads.map((t) => t.next(120_000, 'the clients to join')));
    const docBefore = Y.encodeStateAsUpdate(o.doc).length;
    const rssBefore = residentMB(serve.pid);

    log(`live: ${CLIENTS} clients in ${THREADS} threads editing one room for ${SECONDS} s…`);
    // CPU used while editing, by the server and by all clients: what a quiet machine must supply.
    const serverCpu0 = cpuSeconds(serve.pid);
    const clientCpu0 = process.cpuUsage();
    const endAt = Date.now() + SECONDS * 1000;
    for (const t of threads) t.send({ type: 'go', endAt });
    const stopped = await Promise.all(threads.map((t) => t.next(SECONDS * 1000 + 120_000, 'the clients to stop')));
    const edits = stopped.reduce((n, m) => n + (m.type === 'stopped' ? m.edits : 0), 0);
    const serverCpu = serverCpu0 === null ? null : (cpuSeconds(serve.pid) ?? serverCpu0) - serverCpu0;
    const used = process.cpuUsage(clientCpu0);
    const clientCpu = (used.user + used.system) / 1e6;
    const cpuNote = `CPU while editing: server ${serverCpu === null ? '?' : serverCpu.toFixed(1)} s, the 30 clients ${clientCpu.toFixed(1)} s, over ${SECONDS} s`;

    // Converged when every client and the observer hold the same design: asked until they do.
    const hash = () => createHash('sha256').update(JSON.stringify(o.design)).digest('hex');
    let reports: Extract<FromWorker, { type: 'report' }>[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      for (const t of threads) t.send({ type: 'report' });
      reports = (await Promise.all(threads.map((t) => t.next(30_000, 'a report')))) as typeof reports;
      const all = [hash(), ...reports.flatMap((r) => r.hashes)];
      if ((reports.every((r) => r.synced) && new Set(all).size === 1) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250)); // between polls
    }
    const identical = new Set([hash(), ...reports.flatMap((r) => r.hashes)]).size === 1;
    const docAfter = Y.encodeStateAsUpdate(o.doc).length;
    const rssAfter = residentMB(serve.pid);
    const pairs = reports.flatMap((r) => r.pairs);
    const refusals = reports.reduce((n, r) => n + r.refusals, 0);
    const arrivals = new Map<string, [number, number]>();
    for (const r of reports) for (const [k, n, max] of r.arrivals) {
      const a = arrivals.get(k) ?? [0, 0];
      arrivals.set(k, [a[0] + n, Math.max(a[1], max)]);
    }
    const complete = [...arrivals.values()].filter(([n]) => n === CLIENTS - 1).map(([, max]) => max);
    const p50 = percentile(pairs, 50);
    const p95 = percentile(pairs, 95);
    const allP95 = percentile(complete, 95);
    const load = loadavg()[0];
    log(`live: ${edits} edits, ${pairs.length} deliveries; p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; last of the others p95 ${allP95.toFixed(1)} ms; identical ${identical}; refusals ${refusals}; load ${load.toFixed(1)}`);
    log(`live: document ${docBefore} → ${docAfter} bytes; server RSS ${rssBefore?.toFixed(1)} → ${rssAfter?.toFixed(1)} MB; ${cpuNote}`);
    const setting = `${CLIENTS} clients (${THREADS} threads), ${SECONDS} s, ${edits} edits, loopback, one server; load average ${load.toFixed(1)} on ${availableParallelism()} cores`;
    return [
      row({ id: 'live.latency.p50', benchmark: `Live room: edit → each other client's design, p50 (${CLIENTS} clients)`, unit: 'ms', measured: p50, runs: pairs.length, note: `${setting}; ${cpuNote}` }),
      row({ id: 'live.latency.p95', benchmark: `Live room: edit → each other client's design, p95 (${CLIENTS} clients)`, unit: 'ms', goal: '≤ 100 ms', measured: p95, pass: p95 <= 100 && identical, runs: pairs.length,
        note: `${identical ? 'all final designs identical' : 'FINAL DESIGNS DIFFER'}; ${refusals} refused; the last of the ${CLIENTS - 1} others: p95 ${allP95.toFixed(0)} ms` }),
      row({ id: 'live.doc.size', benchmark: 'Live room: document size after the load', unit: 'KB', measured: docAfter / 1024, note: `${(docBefore / 1024).toFixed(1)} KB before; positions written once per drag` }),
      row({ id: 'live.server.rss', benchmark: 'Live room: server memory (RSS) after the load', unit: 'MB', measured: rssAfter, note: rssBefore === null ? 'no /proc here' : `${rssBefore.toFixed(1)} MB before` }),
    ];
  } finally {
    await Promise.all(threads.map((t) => t.close()));
    observer?.close();
    await serve.stop();
    removeDir(dataDir);
    removeDir(appDir);
  }
}
