/**
 * docusaurus-plugin-architecture-catalog. The engine is usable on its own
 * (`docusaurus-plugin-architecture-catalog/engine`, the `arch-catalog` CLI).
 */
export * from './engine/index.js';
