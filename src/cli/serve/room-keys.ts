// Room ids and tokens. A room id is 128 random bits. Its edit and view tokens are HMACs of the
// room id under the server key, with different labels: each is unguessable without the key, and
// neither says anything about the other. Servers that share rooms (Redis) share the key.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRoomId } from '../../core/live/protocol';

export type Access = 'edit' | 'view';

export const newRoomId = (): string => randomBytes(16).toString('base64url');

export function roomToken(key: Buffer, room: string, access: Access): string {
  return createHmac('sha256', key).update(`eventsmith-room\0${access}\0${room}`).digest('base64url').slice(0, 32);
}

/** Compares without leaking where two strings differ (both are hashed to one length first). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** What a token opens in a room, or null. */
export function accessOf(key: Buffer, room: string, token: string): Access | null {
  if (!isRoomId(room)) return null;
  if (sameSecret(token, roomToken(key, room, 'edit'))) return 'edit';
  if (sameSecret(token, roomToken(key, room, 'view'))) return 'view';
  return null;
}

/** The server key kept in the data directory (created on first start, readable by its owner only). */
export function localServerKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'server.key');
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another server process sharing this directory created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} is not a server key (64 hex digits); move it away to make a new one`);
  return Buffer.from(hex, 'hex');
}
