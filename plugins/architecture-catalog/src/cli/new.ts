import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../engine/config/load-config.js';
import { renderDesignTemplate, renderStatusTemplate } from '../engine/template/render-template.js';
import { UsageError, type Command } from './args.js';
import { EXIT_OK, type CliIo } from './io.js';
import { displayPath } from './resolve-setup.js';

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
  for (const folder of PHASE_FOLDERS) mkdirSync(path.join(workspace, folder), { recursive: true });
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(
    path.join(workspace, '00_Status.md'),
    renderStatusTemplate(command.id, command.title, today),
    { flag: 'wx' },
  );
  writeFileSync(
    path.join(workspace, '02_Architecture', 'Architecture_Design.md'),
    renderDesignTemplate(command.title),
    { flag: 'wx' },
  );
  io.stdout.write(
    `Created ${displayPath(io.cwd, workspace)}/\n  00_Status.md\n  02_Architecture/Architecture_Design.md (fill in every [placeholder])\n`,
  );
  return EXIT_OK;
}

function sameId(folder: string, id: string): boolean {
  const match = /^UC-(\d+)(?:_|$)/i.exec(folder);
  return match !== null && Number(match[1]) === Number(id.slice(3));
}
