import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCentimes, parseMoney } from '../core/money.js';
import { readBoolean, readSwissAmount, readSwissDate } from './swiss-values.js';

const GROUPS = ["'", '’', ' ', '\u00a0', '\u202f'];

/** An amount in centimes written as a Swiss office may write it: grouped or not, `.` or `,`, CHF or not. */
const swissForm = fc
  .record({
    centimes: fc.integer({ min: 0, max: 99_999_999_999 }),
    group: fc.constantFrom('', ...GROUPS),
    mark: fc.constantFrom('.', ','),
    decimals: fc.constantFrom(0, 1, 2),
    chf: fc.constantFrom('', 'CHF ', 'chf', ' CHF'),
  })
  .filter(({ centimes, decimals }) => decimals === 2 || centimes % (decimals === 1 ? 10 : 100) === 0)
  .map(({ centimes, group, mark, decimals, chf }) => {
    const units = String(Math.trunc(centimes / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const cents = String(centimes % 100).padStart(2, '0').slice(0, decimals);
    const body = decimals === 0 ? units : `${units}${mark}${cents}`;
    return { centimes, text: chf.startsWith(' ') ? `${body}${chf}` : `${chf}${body}` };
  });

describe('Swiss amounts', () => {
  it('every accepted Swiss-format amount equals its strict twin (exact centimes, no float)', () => {
    fc.assert(
      fc.property(swissForm, ({ centimes, text }) => {
        const r = readSwissAmount(text);
        // A lone mark followed by three digits is refused as ambiguous; any other form reads.
        if (!r.ok) return expect(r.ambiguous).toBe(true);
        expect(r.value).toBe(formatCentimes(centimes));
        expect(parseMoney(r.value)).toEqual({ ok: true, centimes });
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["1'850.00", '1850.00'],
    ['1’850.00', '1850.00'],
    ['1 850,50', '1850.50'],
    ['1\u202f850,50', '1850.50'],
    ['1\u00a0850,50', '1850.50'],
    ['452,30', '452.30'],
    ['CHF 4200', '4200.00'],
    ['1200.-', '1200.00'],
    ['0,5', '0.50'],
  ])('%s reads as %s', (text, strict) => expect(readSwissAmount(text)).toEqual({ ok: true, value: strict }));

  it.each(['1,850', '1.850', '12,345'])('%s could be thousands or a decimal: refused, saying so', (text) => {
    const r = readSwissAmount(text);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.ambiguous).toBe(true);
    expect(r.ok === false && r.problem.fr).toContain('ambigu');
  });

  it.each(['1.850,50', '1,850.00', "18'50.00", '1 85', '-5', '12.345.678', 'abc', '', '1.855'.concat('5'), "1'850.505"])('%s is refused', (text) => {
    expect(readSwissAmount(text).ok).toBe(false);
  });
});

describe('Swiss dates', () => {
  it.each([
    ['31.12.2026', '2026-12-31'],
    ['31/12/2026', '2026-12-31'],
    ['1.2.2026', '2026-02-01'],
    ['2026-12-31', '2026-12-31'],
  ])('%s reads as %s', (text, iso) => expect(readSwissDate(text)).toEqual({ ok: true, value: iso }));

  it.each(['31.02.2026', '12/31/2026', '31.12.26', '31-12-2026', '31.12/2026'])('%s is refused', (text) => expect(readSwissDate(text).ok).toBe(false));
});

describe('yes/no', () => {
  it('strict: true/false only; Swiss: oui/non, vrai/faux, ja/nein, 1/0 too — nothing else', () => {
    expect(readBoolean('FALSE', undefined)).toEqual({ ok: true, value: false });
    for (const w of ['non', 'faux', 'nein', '0', 'no', '']) expect(readBoolean(w, undefined).ok).toBe(false);
    for (const [w, v] of [['Oui', true], ['NON', false], ['vrai', true], ['Faux', false], ['JA', true], ['nein', false], ['1', true], ['0', false]] as const) {
      expect(readBoolean(w, 'fr-CH')).toEqual({ ok: true, value: v });
    }
    for (const w of ['no', 'yes', 'n', 'o', '2', '']) expect(readBoolean(w, 'de-CH').ok).toBe(false);
  });
});
