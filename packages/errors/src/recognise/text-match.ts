import type { TextMatcher } from '../entry.js';

/** `text` with runs of whitespace made one space and the ends trimmed, for comparing texts. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Whether `matcher` recognises `text`: a string when the text contains it (ignoring case and runs
 * of whitespace), a regular expression when it matches the text.
 */
export function matchesText(matcher: TextMatcher, text: string): boolean {
  if (typeof matcher === 'string') {
    return normaliseText(text).toLowerCase().includes(normaliseText(matcher).toLowerCase());
  }
  return matcher.test(text);
}

/** Whether two texts are the same once whitespace is normalised and case ignored, and a trailing full stop dropped. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return normaliseText(text)
    .replace(/[.…]+$/u, '')
    .toLowerCase();
}
