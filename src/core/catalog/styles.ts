// The catalog page's stylesheet: inlined so the file works alone from file:// and on paper.
export const CATALOG_CSS = `
:root { --ink: #1f2330; --muted: #5d6475; --line: #e3e6ee; --soft: #f6f7fb; --accent: #3b5bdb;
  --service: #e7efff; --service-line: #7b96e8; --topic: #fff4dc; --topic-line: #d9a23a;
  --dlq: #ffe8e8; --dlq-line: #d46a6a; --error: #c92a2a; --warning: #b86e00; --info: #1c7ed6; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 0 28px 64px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 22px; margin: 48px 0 16px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
h3 { font-size: 19px; }
h4 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 22px 0 8px; }
p { margin: 0 0 10px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; overflow: auto; margin: 0 0 12px; white-space: pre; }
.cover { background: linear-gradient(135deg, #f3f6ff, #fbf8ff); border-bottom: 1px solid var(--line); padding: 40px 0 32px; margin-bottom: 8px; }
.cover .inner { max-width: 1040px; margin: 0 auto; padding: 0 28px; }
.eyebrow { font-size: 12px; text-transform: uppercase; letter-spacing: 0.1em; color: var(--muted); margin-bottom: 6px; }
.cover h1 { font-size: 34px; margin-bottom: 10px; }
.cover .lede { color: var(--muted); max-width: 720px; font-size: 16px; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 18px; padding: 0; list-style: none; }
.stats li { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 8px 14px; min-width: 110px; }
.stats strong { display: block; font-size: 22px; }
.stats span { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
.toc { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 4px 24px; padding: 0; margin: 0; list-style: none; }
.toc a { display: block; padding: 3px 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 12px; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 600; background: var(--soft); }
.figure { border: 1px solid var(--line); border-radius: 12px; padding: 12px; overflow-x: auto; background: #fcfcfe; }
svg.flow { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.card { border: 1px solid var(--line); border-radius: 12px; padding: 20px 22px; margin: 0 0 18px; background: #fff; }
.card header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 12px; margin-bottom: 10px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 2px 8px; border-radius: 999px; background: var(--soft); border: 1px solid var(--line); color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.badge.event { background: #e6f6ee; color: #1b7a4a; border-color: #b9e4cd; }
.badge.command { background: #fff0e0; color: #a05a00; border-color: #f3d2a8; }
.badge.query { background: #eef0ff; color: #4453b8; border-color: #cdd3fb; }
.badge.required { background: #fff1f1; color: var(--error); border-color: #f5c2c2; }
.badge.error { background: #fff1f1; color: var(--error); border-color: #f5c2c2; }
.badge.warning { background: #fff6e5; color: var(--warning); border-color: #f2d6a2; }
.badge.info { background: #eaf4ff; color: var(--info); border-color: #bcdaf7; }
dl.meta { display: grid; grid-template-columns: 120px 1fr; gap: 4px 16px; margin: 0 0 12px; font-size: 14px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
ul.findings { list-style: none; padding: 0; margin: 0 0 12px; }
ul.findings li { padding: 8px 10px; border-left: 3px solid var(--line); background: var(--soft); border-radius: 0 6px 6px 0; margin-bottom: 6px; font-size: 14px; }
ul.findings li.error { border-left-color: var(--error); }
ul.findings li.warning { border-left-color: var(--warning); }
ul.findings li.info { border-left-color: var(--info); }
.rule { color: var(--muted); font-size: 12px; }
.none { color: var(--muted); font-style: italic; }
.verdict { margin: 10px 0 4px; font-size: 13px; font-weight: 600; }
.verdict.ok { color: #1b7a4a; }
.verdict.bad { color: var(--error); }
.verdict.unchecked { color: var(--warning); }
.req { color: var(--error); font-weight: 700; }
footer.colophon { margin-top: 56px; padding-top: 16px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .cover { background: none; padding: 0 0 12pt; }
  .cover .inner { padding: 0; }
  a { color: inherit; }
  h2 { break-after: avoid; }
  #flow, #services, #topics { break-before: page; }
  article.card { break-before: page; border: none; padding: 0; }
  table, pre, .figure, li { break-inside: avoid; }
  pre { white-space: pre-wrap; word-break: break-word; overflow: visible; }
  .figure { overflow: visible; border: none; }
}
`;
