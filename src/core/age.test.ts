import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates.js';
import { ageInYears } from './age.js';

// Age in completed years; a 29 February birthday in a common year (norms §4 item 16).
const age = (birth: string, on: string, onFebruary28 = false) => ageInYears(parseIsoDate(birth)!, parseIsoDate(on)!, onFebruary28);

describe('ageInYears', () => {
  it('changes on the birthday itself, not the day before', () => {
    expect(age('2016-03-02', '2026-03-01')).toBe(9); // Sun 1 March 2026
    expect(age('2016-03-02', '2026-03-02')).toBe(10); // Mon 2 March 2026
    expect(age('2016-12-31', '2026-01-01')).toBe(9);
  });

  it('born on 29 February: in a common year on 1 March (primary) or 28 February (alternative)', () => {
    expect(age('2016-02-29', '2026-02-28')).toBe(9); // Sat 28 February 2026
    expect(age('2016-02-29', '2026-03-01')).toBe(10); // Sun 1 March 2026
    expect(age('2016-02-29', '2026-02-28', true)).toBe(10);
    expect(age('2016-02-29', '2026-02-27', true)).toBe(9);
  });

  it('the alternative moves only a 29 February birthday, and only in a common year', () => {
    // Leap year: the birthday exists, Tue 29 February 2028 — not yet on Mon 28 February.
    expect(age('2016-02-29', '2028-02-28', true)).toBe(11);
    expect(age('2016-02-29', '2028-02-29', true)).toBe(12);
    // Other days of February or the 29th of another month are not moved.
    expect(age('2016-02-10', '2026-02-27', true)).toBe(10);
    expect(age('2016-03-29', '2026-03-28', true)).toBe(9);
  });
});
