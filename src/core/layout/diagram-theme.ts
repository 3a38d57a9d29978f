// Colours of the diagram in each theme, the same values as the canvas's CSS tokens
// (src/ui/styles/base.css), for pictures drawn without a stylesheet (SVG and PNG export, catalog).
export type ThemeName = 'light' | 'dark';

export interface DiagramTheme {
  background: string; surface: string; text: string; muted: string; border: string;
  service: string; serviceBg: string; topic: string; topicBg: string; dlq: string; dlqBg: string;
  groupBg: string; groupLine: string;
  error: string; warning: string; info: string;
}

export const DIAGRAM_THEMES: Record<ThemeName, DiagramTheme> = {
  light: {
    background: '#fbfcfe', surface: '#ffffff', text: '#151a2d', muted: '#5d6479', border: '#cdd2e1',
    service: '#4f46e5', serviceBg: '#ffffff', topic: '#0e9384', topicBg: '#f0fdfa', dlq: '#c2410c', dlqBg: '#fff7ed',
    groupBg: '#f1f3f9', groupLine: '#cdd2e1', error: '#d92d20', warning: '#b54708', info: '#1570ef',
  },
  dark: {
    background: '#0f1324', surface: '#151a2e', text: '#e7eaf5', muted: '#98a0ba', border: '#364063',
    service: '#a5b4fc', serviceBg: '#1a2040', topic: '#5eead4', topicBg: '#0f2a2b', dlq: '#fdba74', dlqBg: '#2e1c10',
    groupBg: '#131831', groupLine: '#364063', error: '#f97066', warning: '#fdb022', info: '#84caff',
  },
};
