/** Node sizes shared by the canvas styles and auto-layout. */
export const SERVICE_SIZE = { width: 188, height: 64 };
export const TOPIC_SIZE = { width: 176, height: 52 };
