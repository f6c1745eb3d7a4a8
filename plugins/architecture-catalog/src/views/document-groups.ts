import { compareText } from '../engine/report/sort.js';
import type { DocumentGroup, DocumentLink } from './types.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  'architecture-design': 'Architecture Design',
  'technology-selection': 'Technology Selection',
  'component-specification': 'Component Specification',
  status: 'Status',
};

/**
 * A workspace's documents grouped by their top folder (`01_Handoff`,
 * `02_Architecture`, ...), files at the workspace root first; folders and
 * documents in code-point order. Each document is named within its folder and
 * labelled with its kind (handoff documents need no label: their folder says it).
 */
export function documentGroups(documents: readonly DocumentLink[]): DocumentGroup[] {
  const groups = new Map<string, DocumentLink[]>();
  for (const document of documents) {
    const slash = document.path.indexOf('/');
    const folder = slash === -1 ? '' : document.path.slice(0, slash);
    groups.set(folder, [...(groups.get(folder) ?? []), document]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([folder, members]) => ({
      folder,
      documents: [...members]
        .sort((a, b) => compareText(a.path, b.path))
        .map((document) => ({
          name: folder ? document.path.slice(folder.length + 1) : document.path,
          path: document.path,
          kindLabel: KIND_LABELS[document.kind] ?? null,
          url: document.url,
        })),
    }));
}
