// A Node client of a live room, as the app will be one: Hocuspocus's provider (with `ws`, since
// Node 20 has no global WebSocket), the room's Yjs document, and the design the store would hold
// (the document read through the mapping and restoreDesign after every change). When the server
// refuses an update, the client's document holds something the room does not: it starts over
// from the room's state, as the app must. Used by the integration tests and the load benchmark.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { COLLAB_PATH, joinAuthToken, parseNotice, ROOMS_PATH } from '../../../core/live/protocol';
import { EntryCache, readRoom } from '../../../core/live/read';
import { writeDesign } from '../../../core/live/write';
import { restoreDesign } from '../../../core/model/restore';
import type { Design } from '../../../core/model/types';

export interface RoomLinks {
  room: string;
  editToken: string;
  viewToken: string;
}

export async function createRoom(baseUrl: string, secret?: string): Promise<RoomLinks> {
  const res = await fetch(new URL(ROOMS_PATH, baseUrl), { method: 'POST', headers: secret ? { Authorization: `Bearer ${secret}` } : {} });
  if (res.status !== 201) throw new Error(`creating a room answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as RoomLinks;
}

export interface LiveClientOptions {
  baseUrl: string;
  room: string;
  token: string;
  secret?: string;
}

export class LiveClient {
  doc!: Y.Doc;
  private cache!: EntryCache;
  private provider!: HocuspocusProvider;
  private socket!: HocuspocusProviderWebsocket;
  /** The design as the store would hold it; null while the room is empty or unreadable. */
  design: Design | null = null;
  refusals: string[] = [];
  authFailures: string[] = [];
  /** How many times the client started over after a refusal. */
  resets = 0;
  private listeners = new Set<() => void>();
  private closed = false;

  private constructor(private readonly options: LiveClientOptions) {}

  static async connect(options: LiveClientOptions, timeoutMs = 20_000): Promise<LiveClient> {
    const client = new LiveClient(options);
    client.open();
    await client.waitFor(() => client.provider.isSynced, timeoutMs, 'first sync');
    return client;
  }

  get synced(): boolean {
    return this.provider.isSynced && !this.provider.hasUnsyncedChanges;
  }

  get connected(): boolean {
    return this.socket.status === 'connected';
  }

  private open(): void {
    this.doc = new Y.Doc();
    this.cache = new EntryCache(this.doc);
    const url = new URL(COLLAB_PATH, this.options.baseUrl.replace(/^http/, 'ws')).href;
    this.socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxDelay: 1000, delay: 200, minDelay: 200, factor: 1.5 });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: this.options.room,
      document: this.doc,
      token: joinAuthToken(this.options.token, this.options.secret),
      onStateless: ({ payload }) => {
        const notice = parseNotice(payload);
        if (notice?.type === 'eventsmith/refused') {
          this.refusals.push(notice.reason);
          this.startOver();
        }
      },
      onAuthenticationFailed: ({ reason }) => this.authFailures.push(reason),
      onSynced: () => this.changed(),
      onStatus: () => this.changed(),
      onUnsyncedChanges: () => this.changed(),
    });
    // A provider given its socket is not attached by itself.
    this.provider.attach();
    this.doc.on('update', () => this.refresh());
    this.refresh();
  }

  /** Drops the local document (it holds a refused change) and syncs the room's state afresh. */
  private startOver(): void {
    if (this.closed) return;
    this.resets++;
    // After the current message is handled: the provider is in the middle of it.
    setTimeout(() => {
      if (this.closed) return;
      this.provider.destroy();
      this.socket.destroy();
      this.open();
    }, 0);
  }

  private refresh(): void {
    const content = readRoom(this.doc, this.cache);
    if (content.kind !== 'design') this.design = null;
    else {
      try {
        this.design = restoreDesign(content.file).file.design;
      } catch {
        this.design = null;
      }
    }
    this.changed();
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Calls `listener` after every change of the design or the connection; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes a whole design into the room (the first design, or the result of an edit). */
  write(design: Design): void {
    writeDesign(this.doc, design, 'local');
  }

  edit(change: (design: Design) => Design): void {
    if (!this.design) throw new Error('the room has no design yet');
    this.write(change(this.design));
  }

  /** Resolves when `condition` holds (checked now and after every change), or fails after `timeoutMs`. */
  waitFor(condition: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let ok: boolean;
        try {
          ok = condition();
        } catch {
          ok = false;
        }
        if (ok) {
          cleanup();
          resolve();
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      // Also polled: some conditions (a server's state) change without an event here.
      const poll = setInterval(check, 100);
      const unsubscribe = this.subscribe(check);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        unsubscribe();
      };
      check();
    });
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }
}
