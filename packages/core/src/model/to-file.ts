/**
 * The file forms of a model and a scenario as plain data, ready to be written as YAML: the inverse of the schemas.
 * A variable's fields go formula first and long value series last, for the reader (as in models/china-trade.yaml).
 */
import { withoutUndefined } from './schema.js';
import { blockToMembers, isSeriesBlock } from '../engine/series-block.js';
import { memberKeys } from './series.js';
import type { ModelDefinition, ScenarioDefinition, ScenarioEdit, VariableDefinition } from './types.js';

export type FileData = Record<string, unknown>;

export function modelToFile(model: ModelDefinition): FileData {
  return withoutUndefined({
    name: model.name,
    title: model.title,
    description: model.description,
    calendar: withoutUndefined({ start: model.calendar.start, end: model.calendar.end, asOf: model.calendar.asOf }),
    dimensions: Object.fromEntries(
      model.dimensions.map((dimension) => [
        dimension.name,
        withoutUndefined({
          description: dimension.description,
          members: Object.fromEntries(dimension.members.map((member) => [member.id, member.name])),
        }),
      ]),
    ),
    variables: Object.fromEntries(model.variables.map((variable) => [variable.name, variableBody(withoutBlock(model, variable))])),
  });
}

/** A variable whose values are a block (an in-code form) with them per member, as a file holds them. */
function withoutBlock(model: ModelDefinition, variable: VariableDefinition): VariableDefinition {
  if (!isSeriesBlock(variable.values)) return variable;
  return { ...variable, values: blockToMembers(variable.values, memberKeys(model, variable.dims), model.calendar.start) };
}

/** A variable's fields without its name (the key above it in a model file). */
export function variableBody(variable: VariableDefinition): FileData {
  const { description, dims, unit, source, confidence, formula, memberFormulas, values, memberSources } = variable;
  return withoutUndefined({ description, dims, unit, source, confidence, formula, memberFormulas, values, memberSources });
}

export function scenarioToFile(scenario: ScenarioDefinition): FileData {
  return withoutUndefined({
    name: scenario.name,
    description: scenario.description,
    base: scenario.base,
    edits: scenario.edits.map(editToFile),
  });
}

/** `{ kind: 'setInput', variable: 'exports', member: 'us', value: 3 }` → `{ set: 'exports.us', value: 3 }`. */
export function editToFile(edit: ScenarioEdit): FileData {
  const why = edit.why;
  switch (edit.kind) {
    case 'setInput':
      return withoutUndefined({ set: target(edit.variable, edit.member), month: edit.month, value: edit.value, why });
    case 'setValues':
      return withoutUndefined({ set: target(edit.variable, edit.member), values: edit.values, why });
    case 'setFormula':
      return withoutUndefined({ set: target(edit.variable, edit.member), formula: edit.formula, why });
    case 'setAsOf':
      return withoutUndefined({ asOf: edit.month, why });
    case 'addVariable':
      return withoutUndefined({ add: { name: edit.definition.name, ...variableBody(edit.definition) }, why });
    case 'removeVariable':
      return withoutUndefined({ remove: edit.variable, why });
  }
}

function target(variable: string, member: string | undefined): string {
  return member === undefined ? variable : `${variable}.${member}`;
}
