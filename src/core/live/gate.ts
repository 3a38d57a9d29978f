// The server's gate for one room: every incoming update is applied to a shadow copy of the room
// and judged with restoreDesign before the room takes it. Refused: an update over the size caps,
// one whose result is not a design, one that makes restoreDesign repair something it did not
// have to repair before. Judging "new
// problems" rather than "any problem" keeps a room usable when two servers (Redis) each accepted
// an edit that only together need a repair: the next edit that fixes it is let in.
import * as Y from 'yjs';
import { assessRoom, type Assessment } from './assess';
import { EntryCache } from './read';

export interface GateLimits {
  /** Bytes of one update. */
  updateBytes: number;
  /** Bytes of the whole room document (its encoded state). */
  docBytes: number;
}

export type Verdict = { ok: true; changed: boolean } | { ok: false; reason: string };

export class RoomGate {
  private shadow = new Y.Doc({ gc: true });
  private cache = new EntryCache(this.shadow);
  /** Encoded state the shadow can be rebuilt from, plus what was applied since (see rebuild). */
  private base: Uint8Array = new Uint8Array();
  private since: Uint8Array[] = [];
  private sinceBytes = 0;
  private current: Assessment | null = null;
  private checkpoint: { base: Uint8Array; since: Uint8Array[]; sinceBytes: number } | null = null;

  constructor(private readonly limits: GateLimits, state?: Uint8Array) {
    if (state?.length) this.absorb(state);
  }

  /** An update that reached the room another way (storage, another server): taken as is. */
  absorb(update: Uint8Array): void {
    Y.applyUpdate(this.shadow, update);
    this.record(update);
    this.current = null;
  }

  /** Judges `update` against everything admitted or absorbed so far; admitted updates stay applied. */
  admit(update: Uint8Array): Verdict {
    if (update.length > this.limits.updateBytes) return { ok: false, reason: `The change is too large (${kib(update.length)}; at most ${kib(this.limits.updateBytes)} at once).` };
    const before = this.current ?? assessRoom(this.shadow, this.cache);
    const vector = Y.encodeStateVector(this.shadow);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      this.rebuild();
      return { ok: false, reason: 'The change could not be read.' };
    }
    // An update that builds on changes the room does not have yet (a client reconnecting sends
    // its queued edits before the sync that carries what they build on) waits, unseen, in the
    // document; it is judged with the update that completes it, when it becomes part of the design.
    if (sameVector(vector, Y.encodeStateVector(this.shadow)) && !this.deletesSomething(update)) {
      this.current = before;
      return { ok: true, changed: false };
    }
    let recorded = false;
    if (this.base.length + this.sinceBytes + update.length > this.limits.docBytes) {
      // The sum of updates only bounds the size from above: measure before refusing.
      const state = Y.encodeStateAsUpdate(this.shadow);
      if (state.length > this.limits.docBytes) {
        this.rebuild();
        return { ok: false, reason: `The room would grow past its size limit (${kib(this.limits.docBytes)}).` };
      }
      this.checkpoint = { base: this.base, since: this.since, sinceBytes: this.sinceBytes };
      this.setBase(state);
      recorded = true;
    }
    const after = assessRoom(this.shadow, this.cache);
    const reason = refusal(before, after);
    if (reason) {
      if (recorded && this.checkpoint) this.restoreCheckpoint();
      this.rebuild();
      return { ok: false, reason };
    }
    this.checkpoint = null;
    if (!recorded) this.record(update);
    this.current = after;
    return { ok: true, changed: true };
  }

  /** The room as the gate last judged it. */
  assessment(): Assessment {
    return (this.current ??= assessRoom(this.shadow, this.cache));
  }

  /** Size of the room's encoded state, exactly (compacts the history kept for rebuilding). */
  docBytes(): number {
    this.compact();
    return this.base.length;
  }

  destroy(): void {
    this.shadow.destroy();
  }

  /** Whether an update that adds no new items still deletes some (a pure deletion). */
  private deletesSomething(update: Uint8Array): boolean {
    try {
      return Y.decodeUpdate(update).ds.clients.size > 0;
    } catch {
      return true;
    }
  }

  private record(update: Uint8Array): void {
    this.since.push(update);
    this.sinceBytes += update.length;
    // Keeps the rollback history about as large as the document itself.
    if (this.sinceBytes > Math.max(64 * 1024, this.base.length)) this.compact();
  }

  private compact(): void {
    if (this.since.length) this.setBase(Y.encodeStateAsUpdate(this.shadow));
  }

  private setBase(state: Uint8Array): void {
    this.base = state;
    this.since = [];
    this.sinceBytes = 0;
  }

  private restoreCheckpoint(): void {
    const c = this.checkpoint!;
    this.base = c.base;
    this.since = c.since;
    this.sinceBytes = c.sinceBytes;
    this.checkpoint = null;
  }

  /** Rebuilds the shadow from what was admitted and absorbed, leaving out a refused update. */
  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc({ gc: true });
    this.cache = new EntryCache(this.shadow);
    if (this.base.length) Y.applyUpdate(this.shadow, this.base);
    for (const u of this.since) Y.applyUpdate(this.shadow, u);
  }
}

function refusal(before: Assessment, after: Assessment): string | null {
  if (after.kind === 'empty') return null;
  if (after.kind === 'invalid') return before.kind === 'invalid' ? null : `The change would break the design: ${after.reason}`;
  if (before.kind !== 'design') return after.problems.length ? `The design needs repairs: ${after.problems[0]}` : null;
  const known = new Set(before.problems);
  const fresh = after.problems.find((p) => !known.has(p));
  return fresh ? `The change would need a repair: ${fresh}` : null;
}

function sameVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
