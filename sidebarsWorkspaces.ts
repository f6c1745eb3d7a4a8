import path from 'node:path';
import { workspaceSidebars } from 'docusaurus-plugin-architecture-catalog/sidebars';

// One sidebar per use-case workspace: each document page lists its own use case's documents only.
// ARCH_CATALOG_ROOT as in docusaurus.config.ts (relative to the site, or absolute).
export default workspaceSidebars(
  path.resolve(__dirname, process.env.ARCH_CATALOG_ROOT ?? 'AE01_Implementations'),
);
