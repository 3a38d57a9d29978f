// Bounds for a compatibility check. User schemas can make it expensive: a `$ref` DAG of 24 levels
// (2.6 KB) names 2^24 paths, and a `patternProperties` name like `^(a+)+$` backtracks for ever on
// a long property name. A check counts the nodes it visits and the differences it carries up,
// looks at the clock as it goes, and never runs a pattern that can backtrack catastrophically;
// past a limit it stops with CompatTooComplexError ("schema too complex to check"), which callers
// report as an error finding (lint, export) or a one-line exit 2 (`eventsmith compat`).
import { CompatInputError } from './types';

export class CompatTooComplexError extends CompatInputError {
  constructor(why: string) {
    super(`schema too complex to check: ${why}`);
    this.name = 'CompatTooComplexError';
  }
}

export interface BudgetLimits {
  /** Schema pairs compared plus differences carried to a parent path. */
  steps: number;
  /** Wall-clock time for one check. */
  ms: number;
}

// Steps bound the work whatever the machine; the clock bounds what a slow machine spends on them.
export const DEFAULT_BUDGET: BudgetLimits = { steps: 100_000, ms: 400 };

export class Budget {
  private steps = 0;
  private readonly deadline: number;
  constructor(private readonly limits: BudgetLimits = DEFAULT_BUDGET, private readonly now: () => number = Date.now) {
    this.deadline = now() + limits.ms;
  }

  /** Spends `n` steps; throws past the step limit, or past the deadline (looked at every 1,024 steps). */
  spend(n = 1): void {
    const before = this.steps;
    this.steps += n;
    if (this.steps > this.limits.steps) throw new CompatTooComplexError(`more than ${this.limits.steps.toLocaleString('en')} comparison steps`);
    if (before >> 10 !== this.steps >> 10 && this.now() > this.deadline) throw new CompatTooComplexError(`it took longer than ${this.limits.ms} ms`);
  }
}

/**
 * True for a pattern with a quantified group that itself holds a quantifier or an alternation
 * (`(a+)+`, `(a|a)*`, `(\w+\s?)*`): the shapes that backtrack exponentially. Conservative: some
 * harmless patterns are refused too, never a dangerous one of these shapes let through.
 */
export function mayBacktrack(source: string): boolean {
  const groups: { risky: boolean }[] = [];
  let lastClosed: { risky: boolean } | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      lastClosed = undefined;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      lastClosed = undefined;
      continue;
    }
    if (c === '(') {
      groups.push({ risky: false });
      lastClosed = undefined;
      continue;
    }
    if (c === ')') {
      lastClosed = groups.pop() ?? { risky: false };
      continue;
    }
    const quantifier = c === '*' || c === '+' || (c === '{' && /^\{\d+,\d*\}/.test(source.slice(i)));
    if (c === '|' || quantifier || c === '?') {
      if (quantifier && lastClosed?.risky) return true;
      // The enclosing groups now hold a quantifier or an alternation.
      for (const g of groups) g.risky = true;
    }
    lastClosed = undefined;
  }
  return false;
}

/** `pattern.test(name)`, refused when the pattern may backtrack catastrophically. */
export function testPattern(pattern: RegExp, name: string): boolean {
  if (mayBacktrack(pattern.source)) throw new CompatTooComplexError(`the pattern ${JSON.stringify(pattern.source.slice(0, 80))} may backtrack catastrophically`);
  return pattern.test(name);
}
