/**
 * A worker process: measures one (engine, size) and prints one result line. Run alone so its peak RSS
 * (`maxRSS`, the process's high-water mark) is that engine's and nothing else's.
 *   node --expose-gc --import tsx src/worker.ts '{"engine":"float64","size":"small","reps":3,"edits":9,"clock":"wall"}'
 */
import { isSizeName, SIZES, cellCount } from './synthetic/sizes.js';
import { loadEngine } from './engines/registry.js';
import { checkAgreement, inputsFor, measure } from './runner/measure.js';
import { formatResultLine, type WorkerResult, type WorkerTask } from './runner/protocol.js';

const task = JSON.parse(process.argv[2] ?? '{}') as WorkerTask;
if (!isSizeName(task.size)) throw new Error(`unknown size ${String(task.size)}`);

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const cells = cellCount(SIZES[task.size]);

let result: WorkerResult;
if (task.engine === 'baseline') {
  result = { engine: 'baseline', size: task.size, cells: 0, buildMs: 0, fullMs: 0, editMs: 0, peakRssMb: peakRssMb() };
} else {
  const factory = await loadEngine(task.engine);
  const inputs = inputsFor(task.size);
  const plan = { reps: task.reps, fulls: task.fulls ?? 1, edits: task.edits, clock: task.clock, warmup: task.warmup ?? 1 };
  const measured = measure(factory, inputs, plan);
  // Read before the agreement check, which builds a second model.
  const peak = peakRssMb();
  const { last, ...timings } = measured;
  result = { engine: task.engine, size: task.size, cells, ...timings, peakRssMb: peak };
  if (task.engine !== 'float64') result.agreement = checkAgreement(last, inputs, plan);
}
process.stdout.write(formatResultLine(result) + '\n');
