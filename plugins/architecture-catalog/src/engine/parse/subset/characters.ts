export const LINE_FEED = 10;
export const SPACE = 32;
export const AMPERSAND = 38;
export const ASTERISK = 42;
export const LESS_THAN = 60;
export const UNDERSCORE = 95;
export const BACKTICK = 96;
export const TILDE = 126;

/** Where the run of `code` starting at `from` ends. */
export function runEnd(text: string, from: number, code: number): number {
  let end = from;
  while (text.charCodeAt(end) === code) end++;
  return end;
}

export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

export function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
