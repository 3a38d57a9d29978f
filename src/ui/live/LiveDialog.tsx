import { useEffect, useId, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../../store/context';
import { chooseLinkOrigin } from '../../store/live/room-links';
import { readPreference } from '../../store/persistence/preferences';
import type { EditorState } from '../../store/store';
import { Modal } from '../dialogs/Modal';
import { copyText } from './copy-text';
import { linkInAddress } from './join-link';
import QrCode from './QrCode';
import { servedLive } from './served';
import './live.css';

const selectRoom = (s: EditorState) => s.room;

/** "Live session": how to get a server (static app), start a room, or the room's links, QR codes and Leave. */
export default function LiveDialog() {
  const store = useEditorStore();
  const room = useEditor(selectRoom);
  const close = () => store.getState().showLiveDialog(false);
  if (!servedLive()) return <NoServer onClose={close} />;
  if (room) return <InRoom onClose={close} />;
  const link = linkInAddress();
  return link ? <JoinRoom link={link} onClose={close} /> : <StartRoom onClose={close} />;
}

/** The server's secret field, shown when the server was started with --token. */
function SecretField({ value, onChange, onEnter }: { value: string; onChange: (v: string) => void; onEnter: () => void }) {
  return (
    <label className="field">
      <span>Workshop secret (the server was started with one)</span>
      <input type="password" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false}
        onKeyDown={(e) => e.key === 'Enter' && onEnter()} />
    </label>
  );
}

/** Whether the server needs its secret: null while asking, or when it did not answer. */
function useSecretRequired(): boolean | null {
  const [required, setRequired] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../store/live/secret')
      .then((m) => m.liveInfo())
      .then((info) => live && setRequired(info.secretRequired), () => live && setRequired(null));
    return () => { live = false; };
  }, []);
  return required;
}

/**
 * A dialog's action: busy while it runs; its refusal (a message it returns) or its failure (an
 * error, after `failure`) shown in the dialog.
 */
function useDialogAction(failure: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    try {
      const refusal = await work();
      if (refusal) setError(refusal);
    } catch (e) {
      setError(`${failure}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** A room link was opened on a server that needs its secret: ask for it (and a name), check it, join. */
function JoinRoom({ link, onClose }: { link: { room: string; token: string; access: 'edit' | 'view' }; onClose: () => void }) {
  const store = useEditorStore();
  const [name, setName] = useState(() => readPreference('live-name') ?? '');
  const [secret, setSecret] = useState('');
  const { busy, error, run } = useDialogAction('Could not reach the workshop server');
  const join = () => run(async () => {
    const { liveInfo, rememberSecret } = await import('../../store/live/secret');
    if (!(await liveInfo(secret)).secretAccepted) return 'The server did not accept this secret: ask the person running the workshop for it.';
    rememberSecret(secret);
    const session = await import('../../store/live/session');
    session.rememberName(name);
    session.joinRoom(store, { ...link, secret });
    onClose();
  });
  return (
    <Modal title="Join the live session" onClose={onClose} footer={<>
      <button type="button" className="btn" onClick={onClose}>Cancel</button>
      <button type="button" className="btn btn-primary" onClick={() => void join()} disabled={busy || !secret}>{busy ? 'Joining…' : 'Join'}</button>
    </>}>
      <p>{link.access === 'view' ? 'This link lets you watch the design live.' : 'This link lets you edit the design live with the others.'} This workshop server asks for its secret first.</p>
      <label className="field">
        <span>Your name (shown to the others)</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} placeholder="e.g. Ada" autoComplete="nickname" />
      </label>
      <SecretField value={secret} onChange={setSecret} onEnter={() => void join()} />
      {error && <div className="alert alert-error" role="alert">{error}</div>}
    </Modal>
  );
}

function NoServer({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Live session" onClose={onClose} footer={<button type="button" className="btn btn-primary" onClick={onClose}>Close</button>}>
      <p>In a live session everyone in the workshop edits this design at the same time, from their own laptop or phone.</p>
      <p>It needs a workshop server. On the machine that hosts the workshop, run:</p>
      <pre className="live-command"><code>npx eventsmith serve --host 0.0.0.0</code></pre>
      <p className="muted small">Then open the address it prints (without <code>--host</code> it serves this machine only), and press <strong>Live</strong> there to start a room with the current design.</p>
    </Modal>
  );
}

function StartRoom({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const [name, setName] = useState(() => readPreference('live-name') ?? '');
  const { busy, error, run } = useDialogAction('The live session could not start');
  const secretRequired = useSecretRequired();
  const [secret, setSecret] = useState('');
  const start = () => run(async () => {
    const session = await import('../../store/live/session');
    session.rememberName(name);
    await session.startRoom(store, secretRequired ? secret : undefined);
    if (secretRequired) (await import('../../store/live/secret')).rememberSecret(secret);
  });
  return (
    <Modal title="Start a live session" onClose={onClose} footer={<>
      <button type="button" className="btn" onClick={onClose}>Cancel</button>
      <button type="button" className="btn btn-primary" onClick={() => void start()} disabled={busy}>{busy ? 'Starting…' : 'Start live session'}</button>
    </>}>
      <p>Everyone who opens the room’s link edits this design with you, live. A view-only link lets others watch.</p>
      <label className="field">
        <span>Your name (shown to the others)</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} placeholder="e.g. Ada" autoComplete="nickname"
          onKeyDown={(e) => e.key === 'Enter' && void start()} />
      </label>
      {secretRequired && <SecretField value={secret} onChange={setSecret} onEnter={() => void start()} />}
      {error && <div className="alert alert-error" role="alert">{error}</div>}
    </Modal>
  );
}

function InRoom({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const room = useEditor(selectRoom)!;
  const [name, setName] = useState(() => readPreference('live-name') ?? '');
  useEffect(() => {
    const t = setTimeout(() => store.getState().roomControl?.setName(name), 300);
    return () => clearTimeout(t);
  }, [name, store]);
  const links: { edit?: string; view?: string } = room.links ?? { [room.access]: window.location.href };
  const origins = room.links?.origins ?? [];
  const originId = useId();
  // A page on 127.0.0.1 makes its links with the server's network address (roomLinkOrigins): said, so
  // nobody wonders why the address differs from the one in their own address bar.
  const linkUrl = new URL(links.edit ?? links.view ?? window.location.href);
  const leave = () => {
    const state = store.getState();
    const title = state.design.name;
    state.roomControl?.leave();
    state.showLiveDialog(false);
    state.notify('info', `You left the live session. Its design stays in My designs as “${title}”.`);
  };
  return (
    <Modal wide title="Live session" onClose={onClose} footer={<>
      <button type="button" className="btn btn-danger" onClick={leave}>Leave session</button>
      <button type="button" className="btn btn-primary" onClick={onClose}>Close</button>
    </>}>
      <label className="field live-name">
        <span>Your name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} placeholder="e.g. Ada" autoComplete="nickname" />
      </label>
      {origins.length > 1 && (
        <div className="field live-origin">
          <label htmlFor={originId}>Address in the links</label>
          <select id={originId} value={linkUrl.origin} onChange={(e) => chooseLinkOrigin(store, e.target.value)} data-testid="link-origin">
            {origins.map((o) => <option key={o.origin} value={o.origin}>{new URL(o.origin).host}{o.name ? ` (${o.name})` : ''}</option>)}
          </select>
          <div className="field-hint">This computer is on several networks: pick the one the others are on.</div>
        </div>
      )}
      <div className="live-links">
        {links.edit && <LinkCard title="Edit link" hint="Everyone with it can change the design." link={links.edit} testId="edit-link" />}
        {links.view && <LinkCard title="View-only link" hint="For watching: nothing can be changed with it." link={links.view} testId="view-link" />}
      </div>
      {linkUrl.host !== window.location.host && (
        <p className="muted small" data-testid="link-host-note">
          The links use {linkUrl.host}, this computer’s address on the network: this page runs on {window.location.host}, which opens only on this computer.
        </p>
      )}
      <p className="muted small">The links hold the room’s key: share them with the workshop only. Leaving keeps the design in My designs.</p>
    </Modal>
  );
}

function LinkCard({ title, hint, link, testId }: { title: string; hint: string; link: string; testId: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');
  const copy = async () => setState((await copyText(link, field.current)) ? 'copied' : 'select');
  return (
    <section className="live-link" aria-label={title}>
      <h3>{title}</h3>
      <QrCode text={link} label={`QR code of the ${title.toLowerCase()}`} />
      <p className="muted small">{hint}</p>
      <div className="live-link-row">
        <input ref={field} className="mono" readOnly value={link} aria-label={title} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn btn-small" onClick={() => void copy()}>{state === 'copied' ? 'Copied' : 'Copy'}</button>
      </div>
      {state === 'select' && <p className="small" role="status">Copying is not allowed here: the link is selected, press Ctrl+C (⌘C).</p>}
    </section>
  );
}
