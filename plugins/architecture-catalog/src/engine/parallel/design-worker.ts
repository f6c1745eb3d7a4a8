import { parentPort, workerData } from 'node:worker_threads';
import { analyseDesign } from '../analyse-document.js';
import { createTechnologyIndex } from '../technologies/index.js';
import type { BatchResult, JobBatch, PreparedDesign, WorkerSetup } from './messages.js';

/** A worker thread: analyses the designs it is sent, exactly as the main thread would. */
const { config } = workerData as WorkerSetup;
const settings = { config, technologies: createTechnologyIndex(config.technologies) };

function prepare(file: string, text: string): PreparedDesign {
  try {
    return { analysis: analyseDesign(file, text, settings) };
  } catch (error) {
    // The main thread reports it as a parse-error, as it would its own.
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', ({ jobs }: JobBatch) => {
  const results = jobs.map(({ file, text }) => prepare(file, text));
  parentPort?.postMessage({ results } satisfies BatchResult);
});
