import { issue, pointer, type Issue } from './errors.js';

// A run of digits, optionally grouped by single spaces or hyphens, as people type card numbers.
const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;
const MIN_PAN = 12;
const MAX_PAN = 19;

/** Luhn (mod 10) check, as used by payment card numbers (ISO/IEC 7812). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** True when the text holds a 12–19 digit run (possibly grouped) that passes Luhn: a likely card number. */
export function containsCardNumber(text: string): boolean {
  if (text.length < MIN_PAN) return false;
  for (const match of text.matchAll(DIGIT_RUN)) {
    const groups = match[0].split(/[ -]/);
    // Any contiguous sequence of groups may be the number ("4111 1111 1111 1111", "ref 2026-4111…").
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length; j++) {
        digits += groups[j];
        if (digits.length > MAX_PAN) break;
        if (digits.length >= MIN_PAN && luhnValid(digits)) return true;
      }
    }
  }
  return false;
}

/**
 * Walks any input and reports, by JSON pointer only, every value that carries a card number.
 * The SDK never needs a card number (CG OCP ch. 6: card data is not stored by the State), so such
 * input is refused before anything else, and the value is never echoed.
 */
export function findSensitiveValues(value: unknown, path = '', out: Issue[] = [], depth = 0): Issue[] {
  if (depth > 64) return out;
  if (typeof value === 'string') {
    if (containsCardNumber(value)) out.push(issue(path, 'SENSITIVE_DATA'));
  } else if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && containsCardNumber(String(Math.abs(value)))) {
      out.push(issue(path, 'SENSITIVE_DATA'));
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findSensitiveValues(v, pointer(path, i), out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      findSensitiveValues((value as Record<string, unknown>)[key], pointer(path, key), out, depth + 1);
    }
  }
  return out;
}
