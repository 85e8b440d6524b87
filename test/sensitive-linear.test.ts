import { describe, expect, it } from 'vitest';
import { containsCardNumber, findSensitiveValues } from '../src/core/sensitive.js';
import { redactCardNumbers } from '../src/core/card-number.js';
import { validatePayment } from '../src/index.js';

// Issue 15, item 4: the card check's IBAN exemption backtracked (a 1 MB text field: 11 s, 19 s for the
// first text below). The detector reads each character a bounded number of times, so these return at
// once; how fast is measured in bench/sensitive.bench.mjs, never here. The timeout is vitest's default
// (5 s): a guard against a hang, not a measurement.

const MB = 1 << 20;
/** About 1 MB of the unit, repeated whole. */
const fill = (unit: string) => unit.repeat(Math.floor(MB / unit.length));

// Each text, and whether it holds a card number (the digits of one run of groups are read as one).
const ADVERSARIAL: [string, string, boolean][] = [
  ['an IBAN start before a long run of digits, again and again', fill(`AB12${'1'.repeat(40)} `), false],
  // No valid IBAN; each run of 35 digits starts with 1, no issuer's prefix.
  ['IBAN-like groups', fill('AB12 1111 1111 1111 1111 1111 1111 1111 1111 1 '), false],
  ['one run of zeros (no issuer prefix: every window is looked at)', '0'.repeat(MB), false],
  ['one-digit groups', fill('7 '), false],
  ['QR-reference groups that never check', fill('21 00000 00003 13947 14300 09018 '), true],
  ['phone numbers, one after another: all exempt', fill('079 123 45 67 '), false],
  ['Arabic-Indic zeros', fill('٠'), false],
  // ⑳ is "20", ⅒ is "1⁄10": the fraction slash cuts the runs short.
  ['characters NFKC expands into digits', fill('⑳⅒'), false],
  ['zero-width characters between digits', fill('0\u200b'), false],
];

describe('a 1 MB text is read in linear time', () => {
  it.each(ADVERSARIAL)('%s: containsCardNumber and redactCardNumbers return', (_, text, holds) => {
    expect(containsCardNumber(text)).toBe(holds);
    expect(containsCardNumber(redactCardNumbers(text))).toBe(false);
    // With a card number at the very end, which is still found.
    expect(containsCardNumber(`${text}, 4111 1111 1111 1111`)).toBe(true);
  }, 5_000);

  it('as a value and as a key, through findSensitiveValues and validatePayment', () => {
    const text = ADVERSARIAL[0]![1];
    expect(findSensitiveValues({ a: text, [text]: 1 })).toEqual([]);
    const r = validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '10.00', target: { kind: 'poursuite', balance: '100.00', reference: text }, method: { type: 'twint' } });
    expect(r.accepted).toBe(true);
  }, 5_000);
});
