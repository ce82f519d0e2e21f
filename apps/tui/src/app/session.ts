/**
 * One editing session: the workbook being edited, the baseline it is compared with, and the edits the user made,
 * which are what a saved scenario holds. Undo and redo are the workbook's; the session keeps its own stack of edit
 * batches in step with them so the scenario it saves is exactly what is on screen. No React here.
 */
import { Workbook, type ChangeSet, type Edit, type ModelDefinition, type ScenarioDefinition, type ScenarioEdit } from '@tradesheet/core';
import { compactEdits } from './compact-edits.js';

export interface OpenScenario {
  name: string;
  description?: string;
  /** The file it was loaded from or last saved to; `s` writes here. */
  file?: string;
  /** Edits the scenario already held when opened (its bases' first). */
  edits: ScenarioEdit[];
}

interface Batch {
  id: number;
  edits: Edit[];
}

export class Session {
  readonly baseline: Workbook;
  readonly wb: Workbook;
  readonly scenario: OpenScenario;
  private done: Batch[] = [];
  private undone: Batch[] = [];
  private nextId = 1;
  /** Id of the top batch when last saved (0: nothing applied since opening). */
  private savedAt = 0;

  constructor(model: ModelDefinition, scenario: OpenScenario, baseline?: Workbook) {
    this.baseline = baseline ?? Workbook.fromModel(model);
    this.wb = Workbook.fromModel(model);
    this.scenario = scenario;
    // The scenario's own edits are the starting point, not a step the user can undo.
    if (scenario.edits.length > 0) this.wb.apply(scenario.edits.map(stripWhy));
  }

  /** Applies a batch as one undo step; throws (leaving everything as it was) if the workbook refuses it. */
  apply(edits: Edit | Edit[]): ChangeSet {
    const list = Array.isArray(edits) ? edits : [edits];
    const changes = this.wb.apply(list);
    this.done.push({ id: this.nextId++, edits: list });
    this.undone = [];
    return changes;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  undo(): ChangeSet | null {
    const batch = this.done.pop();
    if (!batch) return null;
    const changes = this.wb.undo();
    this.undone.push(batch);
    return changes;
  }

  redo(): ChangeSet | null {
    const batch = this.undone.pop();
    if (!batch) return null;
    const changes = this.wb.redo();
    this.done.push(batch);
    return changes;
  }

  /** True when what is on screen differs from what was opened or last saved. */
  get dirty(): boolean {
    return (this.done[this.done.length - 1]?.id ?? 0) !== this.savedAt;
  }

  markSaved(file: string, name = this.scenario.name): void {
    this.savedAt = this.done[this.done.length - 1]?.id ?? 0;
    this.scenario.file = file;
    this.scenario.name = name;
  }

  /** The scenario as a file holds it: the opened scenario's edits, then the user's, repeats of a cell folded. */
  toScenario(name = this.scenario.name, description = this.scenario.description): ScenarioDefinition {
    const edits = compactEdits([...this.scenario.edits, ...this.done.flatMap((b) => b.edits)]);
    return { name, ...(description ? { description } : {}), edits };
  }

  /** The user's own edits this session, in order (for the status line and tests). */
  sessionEdits(): Edit[] {
    return this.done.flatMap((b) => b.edits);
  }
}

function stripWhy(edit: ScenarioEdit): Edit {
  const { why: _why, ...rest } = edit as ScenarioEdit & { why?: string };
  return rest as Edit;
}
