// Small inline icons (no icon font: nothing to fetch, nothing the CSP must allow).
const s = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round' as const, strokeLinejoin: 'round' as const, 'aria-hidden': true };

export const IconUndo = () => <svg {...s}><path d="M5 3L2 6l3 3" /><path d="M2 6h7.5a4 4 0 010 8H6" /></svg>;
export const IconRedo = () => <svg {...s}><path d="M11 3l3 3-3 3" /><path d="M14 6H6.5a4 4 0 000 8H10" /></svg>;
export const IconLayout = () => <svg {...s}><rect x="1.5" y="2" width="4" height="4" rx="1" /><rect x="10.5" y="2" width="4" height="4" rx="1" /><rect x="6" y="10" width="4" height="4" rx="1" /><path d="M5.5 4h5M8 6v4" /></svg>;
export const IconOpen = () => <svg {...s}><path d="M2 4.5V13h11l1.5-6H4L2 13" /><path d="M2 4.5V3h4l1.5 1.5H12V7" /></svg>;
export const IconSave = () => <svg {...s}><path d="M8 2v8M4.5 6.5L8 10l3.5-3.5" /><path d="M2.5 11v2.5h11V11" /></svg>;
export const IconNew = () => <svg {...s}><path d="M8 3v10M3 8h10" /></svg>;
export const IconShare = () => <svg {...s}><circle cx="12" cy="3.5" r="1.8" /><circle cx="4" cy="8" r="1.8" /><circle cx="12" cy="12.5" r="1.8" /><path d="M5.6 7.1l4.8-2.6M5.6 8.9l4.8 2.6" /></svg>;
export const IconFolder = () => <svg {...s}><rect x="2" y="2" width="5" height="5" rx="1" /><rect x="9" y="2" width="5" height="5" rx="1" /><rect x="2" y="9" width="5" height="5" rx="1" /><rect x="9" y="9" width="5" height="5" rx="1" /></svg>;
export const IconMoon = () => <svg {...s}><path d="M13.5 9.5A6 6 0 016.5 2.5a6 6 0 107 7z" /></svg>;
export const IconSun = () => <svg {...s}><circle cx="8" cy="8" r="3" /><path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1" /></svg>;
export const IconFit = () => <svg {...s}><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>;
export const IconExport = () => <svg {...s}><path d="M8 10V2M4.5 5.5L8 2l3.5 3.5" /><path d="M2.5 10v3.5h11V10" /></svg>;
export const IconImportFolder = () => <svg {...s}><path d="M1.5 3h4.5l1.5 1.8h7v8.7h-13z" /><path d="M8 6.8v4.4M6 9.3l2 2 2-2" /></svg>;
export const IconImport = () => <svg {...s}><path d="M6 4.5V1.5h5.5l3 3v10H6v-3" /><path d="M1.5 8h7M6 5.5L8.5 8 6 10.5" /></svg>;
export const IconPanelLeft = () => <svg {...s}><rect x="1.5" y="2.5" width="13" height="11" rx="1.5" /><path d="M6 2.5v11" /></svg>;
export const IconPanelRight = () => <svg {...s}><rect x="1.5" y="2.5" width="13" height="11" rx="1.5" /><path d="M10 2.5v11" /></svg>;
export const IconPanelBottom = () => <svg {...s}><rect x="1.5" y="2.5" width="13" height="11" rx="1.5" /><path d="M1.5 9.5h13" /></svg>;
export const IconPresent = () => <svg {...s}><rect x="1.5" y="2.5" width="13" height="9" rx="1" /><path d="M8 11.5V14M5.5 14h5" /></svg>;
