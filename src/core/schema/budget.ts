// The budget for reading a schema's facts (its fields, closed objects): a node-visit count plus a
// wall-clock limit, like the compatibility check's. A `$ref` or `allOf` DAG of a few KB names
// millions of paths; past the budget the walk stops and the facts say the schema is too complex
// to check (an error finding in lint), and the rest of the work carries on with what was read.

/** Wall-clock time one check of user input may take; validation's browser budget is the same. */
export const CHECK_BUDGET_MS = 250;

export interface FactsBudgetLimits {
  /** Schema nodes visited. */
  steps: number;
  ms: number;
}

export const FACTS_BUDGET: FactsBudgetLimits = { steps: 50_000, ms: CHECK_BUDGET_MS };

export class FactsBudget {
  private steps = 0;
  private readonly deadline: number;
  /** Why the walk stopped, once it has. */
  overrun: string | undefined;

  constructor(private readonly limits: FactsBudgetLimits = FACTS_BUDGET, private readonly now: () => number = Date.now) {
    this.deadline = now() + limits.ms;
  }

  /** Spends one step; false once the budget is spent (the clock is looked at every 1,024 steps). */
  spend(): boolean {
    if (this.overrun !== undefined) return false;
    this.steps++;
    if (this.steps > this.limits.steps) this.overrun = `more than ${this.limits.steps.toLocaleString('en')} schema nodes`;
    else if ((this.steps & 1023) === 0 && this.now() > this.deadline) this.overrun = `it took longer than ${this.limits.ms} ms`;
    return this.overrun === undefined;
  }

  get ok(): boolean {
    return this.overrun === undefined;
  }
}
