/**
 * Runs a command as a child process and measures it: wall time of the whole
 * process and its peak resident set size (the largest process of its tree,
 * as `getrusage` reports it), from GNU time when present, otherwise by
 * polling /proc/<pid>/status VmHWM.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

/**
 * @typedef {object} Run
 * @property {number} ms        wall time
 * @property {number | undefined} rss peak RSS in bytes
 * @property {number | undefined} cpuMs user + system CPU time (GNU time only)
 * @property {number | null} code exit code
 * @property {string} output    stdout and stderr, last 20,000 characters
 * @property {boolean} timedOut  stopped at `timeoutMs`
 * @property {string[]} kept      output lines matching `keepLines`, all of them
 * @property {number[]} keptAt    when each kept line came, in ms from the start
 * @property {{at: number, rss: number}[]} rssSamples with `sampleRss`: the largest process's RSS, every 500 ms
 */

/**
 * @typedef {object} RunOptions
 * @property {string} [cwd]
 * @property {Record<string, string | undefined>} [env]
 * @property {number} [timeoutMs]
 * @property {string} [stdoutFile] send stdout there instead of keeping it
 * @property {RegExp} [keepLines] output lines to keep whatever their number
 * @property {boolean} [sampleRss] sample the RSS of the command's largest process over time
 */

/**
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<Run>}
 */
export async function measure(command, args, options = {}) {
  const useTime = existsSync(GNU_TIME);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'arch-bench-time-'));
  const rssFile = path.join(tmp, 'rss');
  const argv = useTime ? ['-f', '%M %U %S', '-o', rssFile, command, ...args] : args;
  const started = performance.now();
  const result = await run(useTime ? GNU_TIME : command, argv, options, !useTime);
  const ms = performance.now() - started;
  const usage = useTime ? readUsage(rssFile) : { rss: result.polledRss, cpuMs: undefined };
  rmSync(tmp, { recursive: true, force: true });
  return {
    ms,
    ...usage,
    code: result.code,
    output: result.output,
    timedOut: result.timedOut,
    kept: result.fullLines,
    keptAt: result.keptAt,
    rssSamples: result.rssSamples,
  };
}

/**
 * GNU time's last line: `maxRSS(KB) user(s) system(s)` (a killed command gets a line before it).
 * @param {string} file
 * @returns {{rss: number | undefined, cpuMs: number | undefined}}
 */
function readUsage(file) {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const [kb, user, system] = lines[lines.length - 1].split(' ').map(Number);
    return {
      rss: Number.isFinite(kb) ? kb * 1024 : undefined,
      cpuMs: Number.isFinite(user + system) ? (user + system) * 1000 : undefined,
    };
  } catch {
    return { rss: undefined, cpuMs: undefined };
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} options
 * @param {boolean} poll
 * @returns {Promise<{code: number | null, output: string, polledRss: number | undefined, timedOut: boolean, fullLines: string[], keptAt: number[], rssSamples: {at: number, rss: number}[]}>}
 */
async function run(command, args, options, poll) {
  const stdoutFd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
  });
  let output = '';
  const started = performance.now();
  /** @type {string[]} */
  const fullLines = [];
  /** @type {number[]} */
  const keptAt = [];
  let partial = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-20000);
    if (!options.keepLines) return;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!options.keepLines.test(line)) continue;
      fullLines.push(line);
      keptAt.push(performance.now() - started);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let polledRss = 0;
  const poller = poll
    ? setInterval(() => (polledRss = Math.max(polledRss, vmHwm(child.pid))), 50)
    : undefined;
  /** @type {{at: number, rss: number}[]} */
  const rssSamples = [];
  const sampler = options.sampleRss
    ? setInterval(() => {
        const rss = Math.max(0, ...treePids(child.pid).map(vmRss));
        if (rss > 0) rssSamples.push({ at: performance.now() - started, rss });
      }, 500)
    : undefined;
  let timedOut = false;
  const stop = () => {
    timedOut = true;
    stopMeasured(child);
  };
  const timer = options.timeoutMs ? setTimeout(stop, options.timeoutMs) : undefined;
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      output += String(error);
      resolve(null);
    });
    child.on('close', (c) => resolve(c));
  });
  if (poller) clearInterval(poller);
  if (sampler) clearInterval(sampler);
  if (timer) clearTimeout(timer);
  if (stdoutFd !== undefined) closeSync(stdoutFd);
  return {
    code: /** @type {number | null} */ (code),
    output,
    polledRss: poll ? polledRss : undefined,
    timedOut,
    fullLines,
    keptAt,
    rssSamples,
  };
}

/**
 * A process and all its descendants (Linux /proc; empty elsewhere).
 * @param {number | undefined} pid
 * @returns {number[]}
 */
function treePids(pid) {
  if (pid === undefined) return [];
  try {
    const file = `/proc/${pid}/task/${pid}/children`;
    const children = readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(treePids)];
  } catch {
    return [];
  }
}

/** @param {number} pid */
function vmRss(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Stops a measured command: under GNU time, the command itself (time's own children), so that
 * time still reports the peak RSS; otherwise the child.
 * @param {import('node:child_process').ChildProcess} child
 */
function stopMeasured(child) {
  /** @type {string[]} */
  let children = [];
  try {
    const file = `/proc/${child.pid}/task/${child.pid}/children`;
    children = readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    // no /proc: stop the child itself
  }
  if (children.length === 0) child.kill('SIGKILL');
  for (const pid of children) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** @param {number | undefined} pid */
function vmHwm(pid) {
  if (pid === undefined) return 0;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The median of some numbers (the lower middle for an even count is not used: the mean of both).
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
