import { useEffect, useMemo, useState } from 'react';
import type { CompatSettings } from '../../core/compat';
import type { VersionsInput, VersionsReport } from '../../core/compat/versions-report';
import type { SchemaVersion } from '../../core/model/types';
import { checkVersions } from '../lint-view';

export interface VersionsCheck {
  /** The latest answer; it may be for an earlier schema text while `checking`. */
  report: VersionsReport | null;
  /** A newer question is with the worker: `report` (if any) is stale. */
  checking: boolean;
}

/**
 * An event's verdicts and suggested bump, checked in the lint worker: a schema pair can make the
 * checks take seconds (or overrun their budget), and the page's thread must stay free meanwhile.
 */
export function useVersionsReport(history: readonly SchemaVersion[], schema: string, settings: CompatSettings): VersionsCheck {
  const { mode, policy } = settings;
  const input: VersionsInput = useMemo(() => ({ history, schema, settings: { mode, policy } }), [history, schema, mode, policy]);
  const [answer, setAnswer] = useState<{ input: VersionsInput; report: VersionsReport } | null>(null);
  useEffect(() => {
    let live = true;
    void checkVersions(input).then((report) => {
      if (live && report) setAnswer({ input, report });
    });
    return () => {
      live = false;
    };
  }, [input]);
  return { report: answer?.report ?? null, checking: answer?.input !== input };
}
