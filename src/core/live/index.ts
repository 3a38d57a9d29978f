// Live sessions, the pure part: the design ⇄ Yjs mapping, the server's gate and the protocol.
export { writeDesign } from './write';
export { readRoom, isEmptyRoom, EntryCache, type RoomContent } from './read';
export { assessRoom, type Assessment } from './assess';
export { RoomGate, type GateLimits, type Verdict } from './gate';
export * from './protocol';
export { sharedTextOf, sharedTextKey, type SharedTextRef } from './shared-text';
