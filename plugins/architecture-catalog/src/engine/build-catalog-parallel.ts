import { uncachedDesigns } from './analyse-document.js';
import { buildCatalogWithStats, type BuildOptions, type BuildResult } from './build-catalog.js';
import {
  analyseInWorkers,
  defaultThreads,
  MIN_PARALLEL_DESIGNS,
  workersAvailable,
} from './parallel/worker-pool.js';
import { scanTree } from './scan/scan-tree.js';

export interface ParallelBuildOptions extends BuildOptions {
  /**
   * Worker threads for parsing designs; 1 parses on the calling thread. Default: one per core,
   * once there are enough designs to repay starting them; a number given is used as given.
   */
  threads?: number | undefined;
  /** Told how many of the designs sent to worker threads are analysed, after each batch. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * `buildCatalogWithStats`, with the designs to parse analysed on worker
 * threads first. Same output byte for byte: the workers run the very
 * analysis the main thread would, and the model is assembled in scan order.
 */
export async function buildCatalogInParallel(options: ParallelBuildOptions): Promise<BuildResult> {
  const scan = scanTree(options.rootDir, options.cache);
  const threads = options.threads ?? defaultThreads();
  const documents = scan.workspaces.flatMap((workspace) => workspace.documents);
  const pending = uncachedDesigns(documents, options.config, options.cache);
  const enough = options.threads === undefined ? MIN_PARALLEL_DESIGNS : 2;
  if (threads < 2 || pending.length < enough || !workersAvailable()) {
    return buildCatalogWithStats({ ...options, scan });
  }
  const jobs = pending.map((document) => ({ file: document.path, text: document.text! }));
  const progress = (done: number) => options.onProgress?.(done, jobs.length);
  const prepared = await analyseInWorkers(jobs, options.config, threads, progress);
  return buildCatalogWithStats({ ...options, scan, prepared });
}
