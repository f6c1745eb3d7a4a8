import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../engine/config/load-config.js';
import { classifyFolder } from '../engine/scan/workspace-name.js';
import { renderDesignTemplate, renderStatusTemplate } from '../engine/template/render-template.js';
import { UsageError, type Command } from './args.js';
import { CliWriteError, EXIT_OK, type CliIo } from './io.js';
import { displayPath } from '../engine/config/setup.js';

type NewCommand = Extract<Command, { name: 'new' }>;

const PHASE_FOLDERS = [
  '01_Handoff',
  '02_Architecture/Component_Specifications',
  '03_Implementation',
  '04_Deployment',
  '05_Operations',
  '06_Lifecycle',
];

/** Creates `UC-###_Name/` from the template; refuses when the id or folder is taken. */
export function runNew(command: NewCommand, io: CliIo): number {
  const loaded = loadConfig(io.cwd, command.config);
  const rootDir = command.root
    ? path.resolve(io.cwd, command.root)
    : path.resolve(loaded.baseDir, loaded.config.root);
  const dir = `${command.id}_${command.title.replace(/\s+/g, '_')}`;
  const existing = existsSync(rootDir)
    ? readdirSync(rootDir).find((name) => sameId(name, command.id))
    : undefined;
  if (existing !== undefined) {
    throw new UsageError(
      `${command.id} already exists as ${displayPath(io.cwd, path.join(rootDir, existing))}; nothing was written`,
    );
  }
  const workspace = path.join(rootDir, dir);
  const today = new Date().toISOString().slice(0, 10);
  try {
    makeFolder(workspace);
    for (const folder of PHASE_FOLDERS) makeFolder(path.join(workspace, folder));
    const create = { flag: 'wx' } as const;
    const status = renderStatusTemplate(command.id, command.title, today);
    writeFileSync(path.join(workspace, '00_Status.md'), status, create);
    const design = path.join(workspace, '02_Architecture', 'Architecture_Design.md');
    writeFileSync(design, renderDesignTemplate(command.title), create);
  } catch (error) {
    const where = displayPath(io.cwd, workspace);
    throw new CliWriteError(`cannot create ${where}: ${systemReason(error)}`);
  }
  io.stdout.write(
    `Created ${displayPath(io.cwd, workspace)}/\n  00_Status.md\n  02_Architecture/Architecture_Design.md (fill in every [placeholder])\n`,
  );
  return EXIT_OK;
}

/** The folder holds the use case `id`, however loosely it is named (`UC-5-Loose`, `uc005_x`). */
function sameId(folder: string, id: string): boolean {
  const found = classifyFolder(folder);
  return found.kind === 'workspace' && Number(found.id.slice(3)) === Number(id.slice(3));
}

/**
 * Creates a folder and any missing parent one level at a time. Node's
 * recursive mkdir never returns where the system keeps answering "no such
 * file" (under /proc); one call per level fails at once instead.
 */
function makeFolder(folder: string): void {
  const parent = path.dirname(folder);
  if (parent !== folder && !existsSync(parent)) makeFolder(parent);
  if (!existsSync(folder)) mkdirSync(folder);
}

/** `ENOENT: no such file or directory`, without the call and path Node appends. */
function systemReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(',')[0] ?? message;
}
