export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches of its process, so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
}

/** A file or folder the command could not write: exit 2 with one line. */
export class CliWriteError extends Error {}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
