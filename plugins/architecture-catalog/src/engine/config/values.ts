/** A config file's value that is not what its key needs: the message names the file and the key. */
export class ConfigError extends Error {}

export function asObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${where} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

export function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ConfigError(`${where} must be a list`);
  return value;
}

export function asString(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigError(`${where} must be a non-empty string`);
  return value.trim();
}
