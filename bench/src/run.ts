/**
 * `npm run bench`: the synthetic trade model at each size, in Tradesheet, the Float64Array reference and
 * HyperFormula, each (engine, size) in its own worker process; prints the table and the targets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { formatResults, formatTargets } from './runner/format.js';
import { BenchUsageError, parseOptions, USAGE } from './runner/options.js';
import { planRun } from './runner/plan.js';
import type { BenchResult, WorkerResult } from './runner/protocol.js';
import { runWorker } from './runner/spawn-worker.js';
import { checkTargets, missingKey, type Missing } from './runner/targets.js';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  process.stderr.write(`${error.message}\n${USAGE}\n`);
  process.exit(2);
}

const { tasks, skipped } = planRun(options);
const loadAtStart = loadavg()[0]!;
const results: WorkerResult[] = [];
const missing = new Map<string, Missing>(
  skipped.map((s) => [missingKey(s.engine, s.size), { failed: false, reason: s.reason }]),
);
const notes: string[] = skipped.map((s) => `${s.engine}: ${s.reason}.`);
let baselineRssMb: number | undefined;

// One worker at a time: two at once would share the CPU and each other's timings.
for (const task of tasks) {
  process.stderr.write(`bench: ${task.engine} ${task.engine === 'baseline' ? '' : task.size}...\n`);
  const outcome = await runWorker(task);
  if (!outcome.ok) {
    if (task.engine === 'baseline') continue;
    missing.set(missingKey(task.engine, task.size), { failed: true, reason: `crashed, ${shorten(outcome.error)}` });
    notes.push(`${task.engine} at ${task.size} FAILED: ${outcome.error}`);
  } else if (outcome.result.engine === 'baseline') {
    baselineRssMb = outcome.result.peakRssMb;
  } else {
    results.push(outcome.result);
  }
}

if (baselineRssMb !== undefined) notes.unshift(`An empty worker's peak RSS (the baseline in every figure above): ${baselineRssMb.toFixed(1)} MB.`);
// Timings on a busy machine are slower and noisier: say how busy it was.
notes.push(
  `Load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${availableParallelism()} cores.`,
);
notes.unshift(
  `Medians of ${options.reps} fresh builds after ${options.warmup} warm-up build${options.warmup === 1 ? '' : 's'} (not counted); full ms: median of ${options.fulls} full evaluation${options.fulls === 1 ? '' : 's'} per build; edit ms: median of ${options.edits} one-partner edits per build.`,
  `Clock: ${options.clock === 'wall' ? 'elapsed (wall) time' : "the worker's CPU time (user + system, all its threads)"}.`,
);
process.stdout.write(`\n${formatResults(results, notes)}\n\n`);
const checks = checkTargets({ results, sizes: options.sizes, missing, baselineRssMb });
process.stdout.write(`${formatTargets(checks)}\n`);

if (options.json) {
  const rows: BenchResult[] = results.map((r) => ({
    engine: r.engine as BenchResult['engine'],
    size: r.size,
    cells: r.cells,
    buildMs: r.buildMs,
    fullMs: r.fullMs,
    editMs: r.editMs,
    peakRssMb: r.peakRssMb,
  }));
  // npm runs the script inside bench/: a relative path means relative to where `npm run bench` was typed.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), options.json);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(rows, null, 2) + '\n');
  process.stderr.write(`bench: wrote ${path}\n`);
}
if (options.check && checks.some((c) => c.verdict === 'FAIL')) process.exitCode = 1;

function shorten(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
