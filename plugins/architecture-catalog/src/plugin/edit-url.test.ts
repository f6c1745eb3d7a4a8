import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editUrlOf } from './edit-url.js';

const SITE = path.join(path.sep, 'repo', 'website');
const ROOT = path.join(SITE, 'AE01_Implementations');

describe('editUrlOf', () => {
  it('joins a base URL with the path relative to the site, each segment encoded', () => {
    const url = editUrlOf('https://git.example.com/org/repo/edit/main/website/', SITE, ROOT);
    expect(url('UC-001_A b/01_Handoff/POC #1?.md')).toBe(
      'https://git.example.com/org/repo/edit/main/website/AE01_Implementations/UC-001_A%20b/01_Handoff/POC%20%231%3F.md',
    );
  });

  it('asks a function, which may say there is none', () => {
    const url = editUrlOf(
      ({ documentPath, sitePath }) =>
        documentPath.startsWith('UC-001') ? `https://edit.example/${sitePath}` : undefined,
      SITE,
      ROOT,
    );
    expect(url('UC-001_A/00_Status.md')).toBe(
      'https://edit.example/AE01_Implementations/UC-001_A/00_Status.md',
    );
    expect(url('UC-002_B/00_Status.md')).toBeNull();
  });

  it('gives nothing without the option', () => {
    expect(editUrlOf(undefined, SITE, ROOT)('UC-001_A/00_Status.md')).toBeNull();
  });
});
