// MDX files with YAML frontmatter. User text reaches the frontmatter only as YAML string data
// and the body only through escapeMarkdown, so it can never become JSX, an expression or HTML.
import { toYaml } from '../../asyncapi/export/serialize';
import type { PlainFinding as Finding } from '../../lint/types';
import { escapeMarkdown, escapeMarkdownBlock, inlineCode } from '../escape';

export function mdx(frontmatter: Record<string, unknown>, body: string[]): string {
  const clean = Object.fromEntries(Object.entries(frontmatter).filter(([, v]) => v !== undefined));
  const yaml = toYaml(clean);
  return `---\n${yaml}---\n\n${body.filter((l) => l !== undefined).join('\n').trimEnd()}\n`;
}

/** The user's description and a blank line, or nothing: no text is made up in its place (issue 16). */
export function descriptionLines(text: string | undefined): string[] {
  return text?.trim() ? [escapeMarkdownBlock(text), ''] : [];
}

export function findingsBlock(findings: Finding[]): string[] {
  if (findings.length === 0) return [];
  return [
    '## Open design findings',
    '',
    'Found by the Eventsmith architecture lints when this catalog was exported.',
    '',
    ...findings.map(
      (f) => `- **${f.severity}** ${escapeMarkdown(f.message)} (${inlineCode(f.ruleId)} on ${escapeMarkdown(f.target.kind)} ${escapeMarkdown(f.target.name)})`,
    ),
    '',
  ];
}
