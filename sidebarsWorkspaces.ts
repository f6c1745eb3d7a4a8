import path from 'node:path';
import { workspaceSidebars } from 'docusaurus-plugin-architecture-catalog/sidebars';

// One sidebar per use-case workspace: each document page lists its own use case's documents only.
export default workspaceSidebars(path.join(__dirname, 'AE01_Implementations'));
