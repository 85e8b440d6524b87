import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsCardNumber, findSensitiveValues } from '../src/core/sensitive.js';
import { validatePayment } from '../src/index.js';
import { avsNumber, cardNumber, iban, luhnCheckDigit, qrReference, swissPhone, writtenCard } from './support/card-forms.js';

// Issue 15, item 1: a card number is found in every way it may be written, and the numbers that carry
// their own check (IBAN, QR reference, AVS, phone) are not taken for one.

describe('every written form of a card number is found (100 %)', () => {
  it('as text: any grouping, separator, digit script, zero-width characters, inside a sentence or a longer run', () => {
    fc.assert(
      fc.property(writtenCard, ({ text }) => {
        expect(containsCardNumber(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('as a key, a value, or a number, anywhere in an input', () => {
    fc.assert(
      fc.property(writtenCard, ({ pan, text }) => {
        const issues = findSensitiveValues({ a: [{ [text]: 1 }], b: { c: text }, d: Number(pan) });
        expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/a/0/* SENSITIVE_DATA', '/b/c SENSITIVE_DATA', '/d SENSITIVE_DATA']);
      }),
      { numRuns: 1000 },
    );
  });

  it('the forms the attack found missing, one by one', () => {
    const pan = '4111111111111111';
    const forms = [
      '4111\u00a01111\u00a01111\u00a01111', // NBSP
      '4111\u202f1111\u202f1111\u202f1111', // narrow NBSP, the French thousands separator
      '4111\u20091111\u20091111\u20091111', // thin space
      '4111\t1111\t1111\t1111',
      '4111.1111.1111.1111',
      '4111/1111/1111/1111',
      '4111_1111_1111_1111',
      '4111-1111 1111.1111', // mixed
      '41111111 11111111', // 8-8
      '４１１１１１１１１１１１１１１１', // full-width
      '٤١١١١١١١١١١١١١١١', // Arabic-Indic
      '۴۱۱۱۱۱۱۱۱۱۱۱۱۱۱۱', // Extended Arabic-Indic
      '4111\u200b1111\u200c1111\u200d1111\u2060\ufeff', // zero-width
      `4111 1111 111${luhnCheckDigit('41111111111')}`, // 12 digits, 4-4-4
      `000${pan}000`, // inside a longer run
    ];
    for (const f of forms) expect(containsCardNumber(f), JSON.stringify(f)).toBe(true);
    expect(findSensitiveValues({ n: 4111111111111111111 })).toEqual([expect.objectContaining({ path: '/n', code: 'SENSITIVE_DATA' })]); // 19 digits, above 2^53
  });
});

/** The share of `n` generated values (fixed seed) that `accept` takes. */
function acceptedShare<T>(arb: fc.Arbitrary<T>, accept: (v: T) => boolean, n = 10_000): number {
  return fc.sample(arb, { seed: 20260504, numRuns: n }).filter(accept).length / n;
}

describe('numbers with their own check are accepted (≥ 99.9 % of generated ones)', () => {
  const rows: [string, fc.Arbitrary<string>][] = [
    ['AVS numbers (756, EAN-13)', avsNumber],
    ['IBANs, upper and lower case, compact and in fours', iban],
    ['QR-bill references (27 digits, recursive mod 10)', qrReference],
    ['Swiss phone numbers (0…, +41…, 0041…)', swissPhone],
  ];
  it.each(rows)('%s', (_, arb) => {
    expect(acceptedShare(arb, (v) => !containsCardNumber(v))).toBeGreaterThanOrEqual(0.999);
    // In a sentence, and next to a card number, which is still found.
    expect(acceptedShare(arb, (v) => !containsCardNumber(`Réf. ${v}, merci.`), 2000)).toBeGreaterThanOrEqual(0.999);
    expect(acceptedShare(arb, (v) => containsCardNumber(`${v}, carte 5555 5555 5555 4444`), 2000)).toBe(1);
  });

  it('as a payment reference, through validatePayment', () => {
    const reference = fc.oneof(avsNumber, iban, qrReference, swissPhone);
    const accepted = (ref: string) => {
      const r = validatePayment({ at: '2026-05-04T10:00:00+02:00', amount: '10.00', target: { kind: 'poursuite', balance: '100.00', reference: ref }, method: { type: 'twint' } });
      return r.accepted;
    };
    expect(acceptedShare(reference, accepted, 2000)).toBeGreaterThanOrEqual(0.999);
  });

  it('card numbers are still found next to them, whichever comes first', () => {
    const legit = fc.oneof(avsNumber, iban, qrReference, swissPhone);
    fc.assert(
      fc.property(legit, cardNumber(), fc.constantFrom(' ', ', ', ' / '), (v, pan, sep) => {
        expect(containsCardNumber(`${v}${sep}${pan}`)).toBe(true);
        expect(containsCardNumber(`${pan}${sep}${v}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the package’s own data holds no card number', () => {
  const root = join(__dirname, '..');
  const jsonFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') && !e.name.includes('holidays') ? [join(dir, e.name)] : []));

  it('norm files, worked examples and fixtures: no false positive', () => {
    const files = jsonFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(findSensitiveValues(JSON.parse(readFileSync(f, 'utf8'))), f).toEqual([]);
    for (const f of ['fixtures/seizure-files.jsonl', 'fixtures/payments.jsonl']) {
      const lines = readFileSync(join(root, f), 'utf8').trim().split('\n');
      const hits = lines.filter((l) => findSensitiveValues(JSON.parse(l)).some((i) => i.code === 'SENSITIVE_DATA'));
      expect(hits, f).toEqual([]);
    }
  });
});
