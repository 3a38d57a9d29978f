// The fences are rules that fail: each case lints a one-line file placed where the import is (or
// is not) allowed, through ESLint with the project's own config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'fences/imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('fences', () => {
  it.each([
    ['src/core/model/x.ts', "import { useState } from 'react';\nexport const x = useState;", /src\/core is pure/],
    ['src/core/lint/x.ts', "import { createEditorStore } from '../../store/store';\nexport const x = createEditorStore;", /imports nothing from src\/store/],
    ['src/core/model/x.ts', "import { lintDesign } from '../lint/engine';\nexport const x = lintDesign;", /core\/model may import only from core\/json/],
    ['src/core/asyncapi/import/x.ts', "import { exportAsyncApi } from '../export';\nexport const x = exportAsyncApi;", /importer never imports from the exporter/],
    ['src/ui/x.ts', "import { hostileDesign } from '../core/testing/hostile-corpus';\nexport const x = hostileDesign;", /only tests import it/],
    ['src/ui/x.ts', "export const x = () => localStorage.getItem('a');", /only through src\/store\/persistence/],
    ['src/core/share/x.ts', "export const x = () => document.title;", /no DOM or Node globals/],
  ])('%s: %s is refused', async (file, code, message) => {
    expect(await problems(file, code)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['src/core/lint/x.ts', "import { compareSchemas } from '../compat';\nexport const x = compareSchemas;"],
    ['src/core/asyncapi/import/x.ts', "import { X } from '../vocabulary';\nexport const x = X;"],
    ['src/core/model/x.test.ts', "import { hostileDesign } from '../testing/hostile-corpus';\nimport { readFileSync } from 'node:fs';\nexport const x = [hostileDesign, readFileSync];"],
    ['src/store/persistence/x.ts', "export const x = () => localStorage.getItem('a');"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
