/** A share link that cannot be opened. The message is shown to the user as is. */
export class ShareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareError';
  }
}

/** The link was made by us but arrived damaged (cut off, edited, mangled by a chat app). */
export function damaged(what: string): never {
  throw new ShareError(`This share link is damaged (${what}). Ask for the link again, or for the design file.`);
}
