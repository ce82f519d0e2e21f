/**
 * zod schema of the YAML form of a scenario: a name, an optional base scenario, and a list of edits written for
 * people, e.g. `{ set: export_growth.us, value: -40, why: ... }`, each turned into one `ScenarioEdit`.
 */
import { z } from 'zod';
import {
  formulaSchema,
  monthKeySchema,
  nameSchema,
  seriesInputSchema,
  toVariableDefinition,
  variableBodySchema,
  variableNameSchema,
  withoutUndefined,
} from './schema.js';
import type { ScenarioDefinition, ScenarioEdit } from './types.js';
import { closestName, didYouMean } from './suggest.js';
import { byKind, fields } from './zod-helpers.js';

/** `VAR` or `VAR.MEMBER` (`exports.us`, `flows.us.cars`). */
export const EDIT_TARGET_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/;

const targetSchema = z
  .string({ error: 'expected VARIABLE or VARIABLE.MEMBER' })
  .regex(EDIT_TARGET_PATTERN, { error: 'expected VARIABLE or VARIABLE.MEMBER, e.g. export_growth.us' });
const whySchema = z.string({ error: 'expected text' }).optional();

/** Splits `exports.us.cars` into the variable and the member key. */
export function splitTarget(target: string): { variable: string; member?: string } {
  const dot = target.indexOf('.');
  return dot < 0 ? { variable: target } : { variable: target.slice(0, dot), member: target.slice(dot + 1) };
}

const setSchema = fields({
  set: targetSchema,
  value: z.number({ error: 'expected a number' }).optional(),
  month: monthKeySchema.optional(),
  values: seriesInputSchema.nullable().optional(),
  formula: formulaSchema.nullable().optional(),
  why: whySchema,
})
  .superRefine((edit, ctx) => {
    const given = (['value', 'values', 'formula'] as const).filter((field) => edit[field] !== undefined);
    if (given.length !== 1) {
      const found = given.length === 0 ? 'none' : given.join(' and ');
      ctx.addIssue({ code: 'custom', message: `a "set" edit needs exactly one of value, values, formula (found ${found})` });
    }
    if (edit.month !== undefined && edit.value === undefined) {
      ctx.addIssue({ code: 'custom', message: '"month" goes with "value" only', path: ['month'], params: { at: 'key' } });
    }
  })
  .transform((edit): ScenarioEdit => {
    const target = splitTarget(edit.set);
    if (edit.value !== undefined) {
      return withoutUndefined({ kind: 'setInput', ...target, month: edit.month, value: edit.value, why: edit.why });
    }
    if (edit.values !== undefined) return withoutUndefined({ kind: 'setValues', ...target, values: edit.values, why: edit.why });
    return withoutUndefined({ kind: 'setFormula', ...target, formula: edit.formula ?? null, why: edit.why });
  });

const asOfSchema = fields({ asOf: monthKeySchema.nullable(), why: whySchema }).transform(
  (edit): ScenarioEdit => withoutUndefined({ kind: 'setAsOf', month: edit.asOf, why: edit.why }),
);

const addSchema = fields({
  add: z.unknown().transform((value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: 'expected a variable: { name: ..., values: ... or formula: ... }' });
      return z.NEVER;
    }
    const { name, ...body } = value as Record<string, unknown>;
    const parsedName = variableNameSchema.safeParse(name);
    const parsedBody = variableBodySchema.safeParse(body);
    for (const issue of parsedName.error?.issues ?? []) ctx.addIssue({ ...issue, path: ['name'] } as z.core.$ZodRawIssue);
    for (const issue of parsedBody.error?.issues ?? []) ctx.addIssue(issue as z.core.$ZodRawIssue);
    if (!parsedName.success || !parsedBody.success) return z.NEVER;
    return toVariableDefinition(parsedName.data, parsedBody.data);
  }),
  why: whySchema,
}).transform((edit): ScenarioEdit => withoutUndefined({ kind: 'addVariable', definition: edit.add, why: edit.why }));

const removeSchema = fields({ remove: variableNameSchema, why: whySchema }).transform(
  (edit): ScenarioEdit => withoutUndefined({ kind: 'removeVariable', variable: edit.remove, why: edit.why }),
);

const EDIT_KEYS = ['set', 'asOf', 'add', 'remove'];

/** A map with none of the edit keys: point at the misspelt one if there is one. */
const unknownEditSchema = z.unknown().superRefine((edit, ctx) => {
  const hinted = Object.keys(edit as object).filter((key) => closestName(key, EDIT_KEYS) !== undefined);
  for (const key of hinted) {
    const message = `unknown field "${key}"${didYouMean(key, EDIT_KEYS)}`;
    ctx.addIssue({ code: 'custom', message, path: [key], params: { at: 'key' } });
  }
  if (hinted.length === 0) ctx.addIssue({ code: 'custom', message: 'an edit needs one of set, asOf, add, remove' });
}) as unknown as z.ZodType<ScenarioEdit>;

export const scenarioEditSchema: z.ZodType<ScenarioEdit> = byKind<ScenarioEdit>(
  'an edit: a map with set, asOf, add or remove',
  (value, kind) => {
    if (kind !== 'map') return undefined;
    const edit = value as object;
    if ('set' in edit) return setSchema;
    if ('asOf' in edit) return asOfSchema;
    if ('add' in edit) return addSchema;
    if ('remove' in edit) return removeSchema;
    return unknownEditSchema;
  },
);

const scenarioFields = {
  name: nameSchema,
  description: z.string({ error: 'expected text' }).optional(),
  base: nameSchema.optional(),
  edits: z.array(scenarioEditSchema, { error: 'expected a list of edits' }).nullable().optional(),
};

export const scenarioFileSchema: z.ZodType<ScenarioDefinition> = fields(
  scenarioFields,
  'a scenario: a map with name, description, base and edits',
).transform(
  (file): ScenarioDefinition =>
    withoutUndefined({ name: file.name, description: file.description, base: file.base, edits: file.edits ?? [] }),
);
