import path from 'node:path';
import { readDocument } from '../engine/scan/read-document.js';
import type { DocumentSource } from '../views/rendered-documents.js';

/** The text of the documents under the root, read as the scan reads them. */
export function documentSource(rootDir: string): DocumentSource {
  return (relative) => readDocument(path.join(rootDir, ...relative.split('/')));
}
