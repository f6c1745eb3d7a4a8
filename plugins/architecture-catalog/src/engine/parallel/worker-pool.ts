import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CatalogConfig } from '../config/config.js';
import type { BatchResult, DesignJob, PreparedDesign, WorkerSetup } from './messages.js';

/** Designs sent to a worker at a time: small enough to share the work out evenly. */
const BATCH_SIZE = 16;
/**
 * Below this many designs to parse, starting threads (each loads the engine
 * and sends its results back) costs more than it saves. Measured on 2 cores
 * with the subset parser: 1,000 use cases took 5.4 s on one thread and 5.9 s
 * on two; 10,000 took 35.0 s and 28.3 s. The two cross near 1,500.
 */
export const MIN_PARALLEL_DESIGNS = 1500;
/** More threads than this gain little: reading and assembling stay on the main thread. */
const MAX_THREADS = 8;

/** The threads to use when none are asked for: one per core the process may use. */
export function defaultThreads(): number {
  return Math.min(MAX_THREADS, availableParallelism());
}

const WORKER_FILE = fileURLToPath(new URL('./design-worker.js', import.meta.url));

/** Whether workers can start: the compiled worker file is there (not so when run from sources). */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/**
 * Analyses designs on `threads` worker threads. Resolves with what each
 * design gave, by path; a design whose worker died is left out, for the
 * caller to analyse itself. Never rejects.
 */
export async function analyseInWorkers(
  jobs: readonly DesignJob[],
  config: CatalogConfig,
  threads: number,
  onProgress: (done: number) => void = () => undefined,
): Promise<Map<string, PreparedDesign>> {
  const prepared = new Map<string, PreparedDesign>();
  const batches: DesignJob[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
    batches.push(jobs.slice(start, start + BATCH_SIZE));
  }
  const count = Math.max(1, Math.min(threads, batches.length));
  const onBatch = () => onProgress(prepared.size);
  await Promise.all(
    Array.from({ length: count }, () => runWorker(batches, config, prepared, onBatch)),
  );
  return prepared;
}

/** One worker taking batches from the shared queue until it is empty. */
function runWorker(
  queue: DesignJob[][],
  config: CatalogConfig,
  prepared: Map<string, PreparedDesign>,
  onBatch: () => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, { workerData: { config } satisfies WorkerSetup });
    let current: DesignJob[] | undefined;
    const next = (): void => {
      current = queue.shift();
      if (current) worker.postMessage({ jobs: current });
      else void worker.terminate();
    };
    worker.on('message', ({ results }: BatchResult) => {
      results.forEach((result, index) => prepared.set(current![index]!.file, result));
      onBatch();
      next();
    });
    // A worker that fails leaves its batch to the caller; the others go on.
    worker.on('error', () => undefined);
    worker.on('exit', () => resolve());
    next();
  });
}
