// Third-party files the tests read from ../shared beside the repository (where CI has them); they
// are never copied in. A clone without them still runs the suite: the tests that need them are
// reported skipped with the missing folder named, unless EVENTSMITH_REQUIRE_SHARED=1 (set by
// .ci/run), which turns the missing folder into a failure. vitest.config.ts looks at the disk
// (the core has no file system) and hands over what is there.
import { describe, inject, it } from 'vitest';

/** ../shared as vitest.config.ts found it: its absolute path and the folders in it (a few levels deep). */
export interface SharedFiles { root: string; folders: string[]; required: boolean }

declare module 'vitest' {
  export interface ProvidedContext { shared: SharedFiles }
}

/**
 * `describe(title, body)` over a folder of ../shared (`corpus/asyncapi-spec-examples`): the body
 * gets the folder's absolute path, and runs only when the folder is there.
 */
export function describeShared(folder: string, title: string, body: (dir: string) => void): void {
  const { root, folders, required } = inject('shared');
  const dir = `${root}${folder}/`;
  if (folders.includes(folder)) {
    describe(title, () => body(dir));
    return;
  }
  const named = `../shared/${folder} is missing (${dir})`;
  if (required) {
    describe(title, () => it(`needs ${named}`, () => {
      throw new Error(`${named}; EVENTSMITH_REQUIRE_SHARED=1 makes it a failure`);
    }));
    return;
  }
  console.warn(`skipped "${title}": ${named}`);
  describe.skip(`${title} (skipped: ${named})`, () => it(`needs ../shared/${folder}`, () => {}));
}
