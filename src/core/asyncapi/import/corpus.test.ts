// The AsyncAPI specification's own examples (2.6.0, 3.0.0, 3.1.0) must all import.
// The corpus sits beside the repository: ../shared/corpus from the repo root (CI has it there too);
// without it these tests are reported skipped, by name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeShared } from '../../testing/shared-files';
import { importAsyncApi } from './index';

const VERSIONS = ['2.6.0', '3.0.0', '3.1.0'];

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}
const declaresAsyncApi = (p: string) => /^asyncapi\s*:/m.test(readFileSync(p, 'utf8'));

describeShared('corpus/asyncapi-spec-examples', 'AsyncAPI specification examples', (root) => {
  const input = (p: string) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') });

  describe.each(VERSIONS)('AsyncAPI %s examples', (version) => {
    const files = walk(join(root, version));
    const standalone = files.filter((p) => !p.includes(`${join(root, version, 'social-media')}/`) && declaresAsyncApi(p));

    it('are all in the corpus', () => expect(standalone.length).toBeGreaterThanOrEqual(15));

    it.each(standalone.map((p) => [relative(join(root, version), p), p]))('%s imports', (_, p) => {
      const { file } = importAsyncApi([input(p)]);
      const d = file.design;
      expect(d.services).toHaveLength(1);
      expect(d.topics.length).toBeGreaterThan(0);
      expect(d.publications.length + d.subscriptions.length).toBeGreaterThan(0);
      for (const e of d.events) expect(e.schema.length).toBeGreaterThan(0);
    });

    it('social-media imports as one system of several services sharing common/', () => {
      const all = walk(join(root, version, 'social-media'));
      expect(all.some((p) => p.includes('/common/'))).toBe(true);
      const { file } = importAsyncApi(all.map(input));
      const d = file.design;
      expect(d.services.map((s) => s.name).sort()).toEqual(['Comments Service', 'Notifications Service', 'Public API', 'Website Backend', 'Website WebSocket Client']);
      expect(d.topics.map((t) => t.name).sort()).toEqual(['comment/liked', 'comment/{commentId}/changed', 'like/comment', 'update/comment/likes']);
      expect(d.events.map((e) => e.name).sort()).toEqual(['commentChanged', 'commentLiked', 'likeComment', 'updateCommentLikes']);
      // The shared message schemas were resolved through ../common/*.yaml.
      const liked = d.events.find((e) => e.name === 'commentLiked')!;
      expect(JSON.parse(liked.schema)).toMatchObject({ type: 'object', properties: { commentId: expect.any(Object) } });
      // Several services meet on one topic: one publishes what the others consume.
      const likedTopic = d.topics.find((t) => t.name === 'comment/liked')!;
      expect(d.publications.filter((p) => p.topicId === likedTopic.id).length).toBeGreaterThan(0);
      expect(d.subscriptions.filter((s) => s.topicId === likedTopic.id).length).toBeGreaterThan(0);
    });
  });
});
