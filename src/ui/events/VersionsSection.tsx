import { useMemo, useState } from 'react';
import { COMPAT_MODES, COMPAT_POLICIES, DEFAULT_COMPAT, bumpVersion, type BumpKind, type CompatMode, type CompatPolicy, type CompatSettings } from '../../core/compat';
import * as c from '../../core/model/commands';
import type { EventType } from '../../core/model/types';
import { useEditorStore } from '../../store/context';
import { SelectField } from '../forms';
import { useEdit } from '../inspector/use-edit';
import { applyQuickFix, useFindingsFor } from '../lint-view';
import { CompatVerdicts } from './CompatVerdicts';
import { NewVersionForm } from './NewVersionForm';
import { Prose } from './Prose';
import SchemaDiff from './SchemaDiff';
import { useVersionsReport, type VersionsCheck } from './use-versions-report';
import '../styles/versions.css';

const MODE_LABELS: Record<CompatMode, string> = {
  BACKWARD: 'BACKWARD (default)',
  BACKWARD_TRANSITIVE: 'BACKWARD_TRANSITIVE',
  FORWARD: 'FORWARD',
  FORWARD_TRANSITIVE: 'FORWARD_TRANSITIVE',
  FULL: 'FULL',
  FULL_TRANSITIVE: 'FULL_TRANSITIVE',
  NONE: 'NONE (no check)',
};
const POLICY_LABELS: Record<CompatPolicy, string> = { LENIENT: 'LENIENT (default)', STRICT: 'STRICT' };

interface Version { version: string; schema: string; current: boolean }

function languageOf(event: EventType): string {
  return event.schemaFormat === 'protobuf' ? 'protobuf' : 'json';
}

/** Versions of one event: history, new version, compatibility settings, live verdicts and a diff. */
export default function VersionsSection({ event }: { event: EventType }) {
  const edit = useEdit();
  const history = useMemo(() => event.history ?? [], [event.history]);
  const settings: CompatSettings = event.compatibility ?? DEFAULT_COMPAT;
  const isJsonSchema = event.schemaFormat === 'json-schema';
  const [creating, setCreating] = useState(false);
  // Verdicts and the suggested bump come from the lint worker (never computed on this thread).
  const check = useVersionsReport(history, event.schema, settings);
  const suggestion = isJsonSchema ? bumpOf(check) : null;
  const versions: Version[] = useMemo(
    () => [...history.map((h) => ({ ...h, current: false })), { version: event.version, schema: event.schema, current: true }],
    [history, event.version, event.schema],
  );
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  // Defaults follow the list: the latest frozen version against the one being edited.
  const from = pair && pair.from < versions.length ? pair.from : Math.max(0, versions.length - 2);
  const to = pair && pair.to < versions.length ? pair.to : versions.length - 1;

  const setCompat = (patch: Partial<CompatSettings>) => {
    const next = { ...settings, ...patch };
    const isDefault = next.mode === DEFAULT_COMPAT.mode && next.policy === DEFAULT_COMPAT.policy;
    edit((d) => c.updateEvent(d, event.id, { compatibility: isDefault ? undefined : next }), `${event.id}.compatibility`);
  };

  const versionLabel = (v: Version) => (v.current ? `${v.version} (editing)` : v.version);
  return (
    <section className="versions-section" aria-label="Versions">
      <div className="schema-head">
        <h3>Versions <span className="count">{versions.length}</span></h3>
        {!creating && <button type="button" className="btn btn-small" onClick={() => setCreating(true)}>New version…</button>}
      </div>
      <div className="versions-grid">
        <div className="versions-side">
          {creating && <NewVersionForm event={event} suggestion={suggestion} onDone={() => setCreating(false)} />}
          <ol className="version-list" aria-label="Version history">
            {versions.map((v, i) => (
              <li key={i} className={`version-row${v.current ? ' is-current' : ''}`}>
                <span className="version-dot" aria-hidden="true" />
                <span className="version-name mono">{v.version}</span>
                {v.current ? <span className="pill pill-accent">editing</span> : <span className="pill">frozen</span>}
                {!v.current && (
                  <button type="button" className="btn btn-ghost btn-small version-compare" aria-label={`Compare ${v.version} with the version being edited`}
                    onClick={() => setPair({ from: i, to: versions.length - 1 })}>Compare</button>
                )}
              </li>
            ))}
          </ol>
        </div>
        <div className="versions-main">
          {isJsonSchema ? (
            <>
              <div className="compat-settings">
                <SelectField label="Compatibility mode" value={settings.mode} options={COMPAT_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
                  onChange={(v) => setCompat({ mode: v ?? DEFAULT_COMPAT.mode })} />
                <SelectField label="Compatibility policy" value={settings.policy} options={COMPAT_POLICIES.map((p) => ({ value: p, label: POLICY_LABELS[p] }))}
                  onChange={(v) => setCompat({ policy: v ?? DEFAULT_COMPAT.policy })} />
              </div>
              <BumpHint event={event} kind={suggestion} />
            </>
          ) : (
            <p className="muted small">Compatibility is checked for JSON Schema payloads; this event uses {event.schemaFormat}.</p>
          )}
        </div>
      </div>
      {isJsonSchema && (
        <div className="verdict-block">
          <h4 className="versions-subhead">
            Verdict for {event.version}{history.length > 0 && <span className="muted small">against {history.length === 1 ? history[0].version : `${history.length} earlier versions`} · {settings.policy}</span>}
          </h4>
          <CompatVerdicts key={settings.mode} history={history} mode={settings.mode} check={check} />
          <QuickFixes eventId={event.id} />
        </div>
      )}

      <div className="diff-block">
        <div className="diff-head">
          <h4 className="versions-subhead">Compare versions</h4>
          {versions.length > 1 && (
            <div className="diff-pickers">
              <label>From <select aria-label="Compare from version" value={from} onChange={(e) => setPair({ from: Number(e.target.value), to })}>
                {versions.map((v, i) => <option key={i} value={i}>{versionLabel(v)}</option>)}
              </select></label>
              <span aria-hidden="true">→</span>
              <label>To <select aria-label="Compare to version" value={to} onChange={(e) => setPair({ from, to: Number(e.target.value) })}>
                {versions.map((v, i) => <option key={i} value={i}>{versionLabel(v)}</option>)}
              </select></label>
            </div>
          )}
        </div>
        {versions.length > 1 ? (
          <>
            {versions[from].schema === versions[to].schema && (
              <p className="muted small">{from === to ? 'The same version on both sides.' : `No differences: ${versions[to].version} has the same schema text as ${versions[from].version}.`}</p>
            )}
            <SchemaDiff original={versions[from].schema} modified={versions[to].schema} language={languageOf(event)}
              originalLabel={`${event.name} ${versionLabel(versions[from])} schema (read-only)`}
              modifiedLabel={`${event.name} ${versionLabel(versions[to])} schema${versions[to].current ? '' : ' (read-only)'}`}
              onChange={versions[to].current ? (text) => edit((d) => c.updateEvent(d, event.id, { schema: text }), `${event.id}.schema`) : undefined}
              ariaLabel={`${event.name} schema diff`} />
          </>
        ) : (
          <p className="muted small versions-empty">Only one version so far. “New version…” freezes this one so you can compare them.</p>
        )}
      </div>
    </section>
  );
}

/** The bump the worker suggested for the schema as it is now (none while a newer check runs). */
function bumpOf({ report, checking }: VersionsCheck): BumpKind | null {
  return !checking && report?.state === 'checked' ? report.bump : null;
}

/** Which version number the edits since the last frozen version call for, with a one-click relabel. */
function BumpHint({ event, kind }: { event: EventType; kind: BumpKind | null }) {
  const edit = useEdit();
  const history = event.history ?? [];
  if (!kind || history.length === 0) return null;
  const last = history[history.length - 1].version;
  let suggested: string;
  try {
    suggested = bumpVersion(last, kind);
  } catch {
    return null; // a hand-written, non-semver label: nothing sensible to suggest
  }
  const matches = suggested === event.version;
  return (
    <p className={`bump-hint small${matches ? '' : ' is-off'}`} role="status">
      Changes since {last} call for a <strong>{kind}</strong> bump: <span className="mono">{suggested}</span>
      {matches ? <span className="pill pill-ok">matches</span> : (
        <button type="button" className="btn btn-small" onClick={() => edit((d) => c.updateEvent(d, event.id, { version: suggested }), `${event.id}.version`)}>
          Use {suggested}
        </button>
      )}
    </p>
  );
}

/** The schema-breaking-change quick fixes the lint engine offers on this event. */
function QuickFixes({ eventId }: { eventId: string }) {
  const findings = useFindingsFor(eventId);
  const store = useEditorStore();
  const fixes = findings.filter((f) => f.ruleId === 'schema-breaking-change' && f.fix);
  const titles = [...new Map(fixes.map((f) => [f.fix!.title, f])).values()];
  if (titles.length === 0) return null;
  return (
    <div className="quick-fixes">
      <span className="small muted">Quick fix:</span>
      {titles.map((f) => (
        <button key={f.fix!.title} type="button" className="btn btn-small btn-primary" onClick={() => void applyQuickFix(store, f)}><Prose text={f.fix!.title} /></button>
      ))}
    </div>
  );
}
