// Pins the order saga export byte for byte. After an intended change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run src/core/export/asyncapi/golden.test.ts
// and review the diff of __golden__/ like any other code.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { exportAsyncApi, toYaml } from './index';

const root = new URL('../../../../', import.meta.url);
const goldenDir = new URL('./__golden__/order-saga/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

describe('AsyncAPI export golden files', () => {
  const design: Design = JSON.parse(readFileSync(new URL('examples/order-saga.json', root), 'utf8')).design;
  const { documents } = exportAsyncApi(design);
  if (update) mkdirSync(goldenDir, { recursive: true });

  it('has exactly one golden file per service', () => {
    if (update) for (const d of documents) writeFileSync(new URL(`${d.fileBase}.yaml`, goldenDir), toYaml(d.document));
    expect(readdirSync(goldenDir).sort()).toEqual(documents.map((d) => `${d.fileBase}.yaml`).sort());
  });

  for (const d of documents) {
    it(`matches __golden__/order-saga/${d.fileBase}.yaml`, () => {
      const file = new URL(`${d.fileBase}.yaml`, goldenDir);
      expect(existsSync(file), 'run with UPDATE_GOLDEN=1 to create it').toBe(true);
      expect(toYaml(d.document)).toBe(readFileSync(file, 'utf8'));
    });
  }
});
