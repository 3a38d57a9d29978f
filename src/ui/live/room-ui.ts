// Everything of live sessions the app shows, as one lazy chunk (one dynamic import keeps the
// bundler from splitting shared modules out of the initial JavaScript into extra chunks).
export { default as LiveDialog } from './LiveDialog';
export { default as RoomBar } from './RoomBar';
export { default as PeerLayer } from './PeerLayer';
export { joinFromLink } from './join-link';
