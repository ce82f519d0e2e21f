/**
 * The plain-data shape of a model and of a scenario: what the YAML files hold once parsed and validated, and what
 * the engine is built from. Nothing here computes; see `engine/workbook.ts` for that.
 */

/** A calendar month as `YYYY-MM`, e.g. `2025-11`. */
export type MonthKey = string;

export interface MemberDefinition {
  /** Identifier used in formulas (`exports.us`) and files; lower-case, no dots. */
  id: string;
  /** Display name, e.g. "United States". */
  name: string;
}

export interface DimensionDefinition {
  /** Identifier used in formulas (`sum(exports, region)`). */
  name: string;
  description?: string;
  members: MemberDefinition[];
}

export interface CalendarDefinition {
  /** First month of the monthly time axis. */
  start: MonthKey;
  /** Last month of the monthly time axis (inclusive). */
  end: MonthKey;
  /**
   * Last month whose input values count as actuals for a variable that also has a formula. After it the formula
   * computes the value, as a projection. Omitted: every input value counts.
   */
  asOf?: MonthKey;
}

/**
 * Input values for one member: a number (every month), an array (months from the calendar's start), or an array
 * from a given month. `null` in an array means "no input for this month".
 */
export type SeriesInput = number | (number | null)[] | { from: MonthKey; values: (number | null)[] };

/**
 * Every member's inputs in one array, for a program that holds its data in typed arrays: `data[member × months + i]`
 * is the input of the variable's `member`-th member (in member order: row-major over its dims, the last fastest)
 * for the i-th month from `from` (default: the calendar's start); NaN for no input. It saves an array and a key per
 * member: at 40,000 members, about 30 MB of a build's peak memory (measured on the benchmark model). In code only:
 * a model file holds values per member, and `Workbook.toModel()` gives them back that way.
 */
export interface SeriesBlock {
  from?: MonthKey;
  months: number;
  data: Float64Array;
}

/**
 * Input values for a variable: one series for every member, one per member key (`us`, or `us.cars`), or every
 * member's in one block.
 */
export type InputValues = SeriesInput | { [memberKey: string]: SeriesInput } | SeriesBlock;

/** Where a number comes from, and how much to trust it. */
export interface Provenance {
  source?: string;
  /** `official`, `approximate`, `derived`, `residual`, `assumption`, ... as the data's README defines them. */
  confidence?: string;
}

export interface VariableDefinition extends Provenance {
  /** Identifier used in formulas: a letter, then letters, digits or `_`. */
  name: string;
  /** Dimension names, in order; omitted or empty for a scalar. */
  dims?: string[];
  unit?: string;
  description?: string;
  /** Input values. Where a formula also exists, inputs up to the calendar's `asOf` are actuals. */
  values?: InputValues;
  /** mathjs-syntax formula computing every member and month that has no (counting) input. */
  formula?: string;
  /** Formulas for single members (key as in `values`), overriding `formula` for that member. */
  memberFormulas?: { [memberKey: string]: string };
  /** Provenance per member, where it differs from the variable's own. */
  memberSources?: { [memberKey: string]: Provenance };
}

export interface ModelDefinition {
  /** Short identifier, e.g. `china-trade`. */
  name: string;
  title?: string;
  description?: string;
  calendar: CalendarDefinition;
  dimensions: DimensionDefinition[];
  variables: VariableDefinition[];
}

/** One change to a workbook. Every edit can be undone, saved in a scenario and re-applied. */
export type Edit =
  | {
      /** Set input values: one cell (member and month), one member, one month of every member, or everything. */
      kind: 'setInput';
      variable: string;
      member?: string;
      month?: MonthKey;
      value: number;
    }
  | {
      /** Replace a member's (or every member's) input series; `null` removes the inputs. */
      kind: 'setValues';
      variable: string;
      member?: string;
      values: SeriesInput | null;
    }
  | {
      /** Set (or with `null` clear) the formula of a variable, or of one member. */
      kind: 'setFormula';
      variable: string;
      member?: string;
      formula: string | null;
    }
  | { kind: 'addVariable'; definition: VariableDefinition }
  | { kind: 'removeVariable'; variable: string }
  | { kind: 'setAsOf'; month: MonthKey | null };

/** A scenario edit as saved: the edit plus why it was made. */
export type ScenarioEdit = Edit & { why?: string };

export interface ScenarioDefinition {
  name: string;
  description?: string;
  /** The scenario this one builds on; omitted means the model itself. */
  base?: string;
  edits: ScenarioEdit[];
}
