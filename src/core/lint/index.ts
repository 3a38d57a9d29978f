export type { Finding, QuickFix, RawFinding, Rule, RuleContext, Severity, Target, TargetKind } from './types';
export { lintDesign, openFindings, findingsByTarget, countBySeverity, compareFindings, type LintOptions } from './engine';
export { rules, ruleById } from './registry';
export { analyzeEventName, isQueryName, type NameVerdict } from './naming/analyze';
