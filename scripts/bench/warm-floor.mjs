#!/usr/bin/env node
/**
 * The floor under any warm run: what a run must do even when no document
 * changed. Start Node, look at every file of the tree (list and stat, no
 * read), and write a JSON report of the same size as validate's (parse and
 * stringify the last one). Nothing of the catalog's code is loaded.
 *
 *   node scripts/bench/warm-floor.mjs ROOT REPORT.json > out.json
 */
import { readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

const [root, reportFile] = process.argv.slice(2);
if (!root || !reportFile) {
  console.error('Usage: node scripts/bench/warm-floor.mjs ROOT REPORT.json');
  process.exit(2);
}

let files = 0;
/** @param {string} dir */
function visit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) visit(full);
    else if (entry.name.endsWith('.md')) {
      statSync(full);
      files++;
    }
  }
}
visit(root);

const report = JSON.stringify(JSON.parse(readFileSync(reportFile, 'utf8')), null, 2);
writeSync(1, `${report}\n`);
process.stderr.write(`${files} files stat'ed, ${report.length} characters written\n`);
