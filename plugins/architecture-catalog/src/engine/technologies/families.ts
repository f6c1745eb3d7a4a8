import type { TechnologyAlias } from './aliases.js';

/**
 * Each technology's product family, by canonical name: the family its entry names, else the
 * longest other canonical name its own starts with as whole words (SageMaker Endpoints ->
 * SageMaker, Spark Structured Streaming -> Spark), else its own name.
 */
export function productFamilies(technologies: readonly TechnologyAlias[]): Map<string, string> {
  const names = technologies.map((technology) => technology.name);
  const families = new Map<string, string>();
  for (const technology of technologies) {
    const prefix = names
      .filter((other) => technology.name.startsWith(`${other} `))
      .reduce<string | undefined>(
        (longest, other) => (other.length > (longest?.length ?? 0) ? other : longest),
        undefined,
      );
    families.set(technology.name, technology.family ?? prefix ?? technology.name);
  }
  return families;
}
