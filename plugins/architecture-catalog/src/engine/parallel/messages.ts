import type { DesignAnalysis } from '../cache/parse-cache.js';
import type { CatalogConfig } from '../config/config.js';

/** One Architecture Design to analyse: its path relative to the root, and its text. */
export interface DesignJob {
  file: string;
  text: string;
}

/** What analysing one design gave: the analysis, or the message of the error it met. */
export type PreparedDesign = { analysis: DesignAnalysis } | { failure: string };

/** Given to each worker once, when it starts. */
export interface WorkerSetup {
  config: CatalogConfig;
}

/** Main thread to worker: analyse these designs. */
export interface JobBatch {
  jobs: DesignJob[];
}

/** Worker to main thread: the batch's results, in the batch's order. */
export interface BatchResult {
  results: PreparedDesign[];
}
