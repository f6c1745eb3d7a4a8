import { execFileSync } from 'node:child_process';

/**
 * Runs git in `cwd` as one fixed author, with no system config, and at
 * `time` (seconds since the epoch) for both dates when given; its output.
 */
export function gitIn(cwd: string, args: readonly string[], time?: number): string {
  const date =
    time === undefined
      ? {}
      : { GIT_AUTHOR_DATE: `${time} +0000`, GIT_COMMITTER_DATE: `${time} +0000` };
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ann Example',
      GIT_AUTHOR_EMAIL: 'a@example.com',
      GIT_COMMITTER_NAME: 'Ann Example',
      GIT_COMMITTER_EMAIL: 'a@example.com',
      ...date,
    },
  });
}
