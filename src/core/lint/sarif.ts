// Findings as a SARIF 2.1.0 log (OASIS), so code review tools show them next to the design file.
// Design elements have no line numbers: each result names its element as a logical location and
// the design file as the artifact.
import type { Finding, Rule, Severity } from './types';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  /** The analysed file, as a relative URI where possible. */
  artifactUri?: string;
  toolVersion?: string;
  informationUri?: string;
}

export function toSarif(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions = {}) {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const driver = {
    name: 'eventsmith',
    ...(options.toolVersion ? { version: options.toolVersion } : {}),
    ...(options.informationUri ? { informationUri: options.informationUri } : {}),
    rules: rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.rationale },
      help: { text: r.rationale },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
  };
  const results = findings.map((f) => {
    const index = ruleIndex.get(f.ruleId);
    const location = {
      ...(options.artifactUri ? { physicalLocation: { artifactLocation: { uri: options.artifactUri } } } : {}),
      logicalLocations: [{
        name: f.target.name,
        fullyQualifiedName: `${f.target.kind}:${f.target.id}${f.path ? `#${f.path}` : ''}`,
        kind: f.target.kind,
      }],
    };
    return {
      ruleId: f.ruleId,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location],
      ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: f.suppressed.reason }] } : {}),
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [{
      tool: { driver },
      ...(options.artifactUri ? { artifacts: [{ location: { uri: options.artifactUri } }] } : {}),
      results,
    }],
  };
}
