import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from './issue-codes.js';
import { redactCardNumbers } from './card-number.js';
import { containsCardNumber, findSensitiveValues, luhnValid } from './sensitive.js';

/** Independent Luhn check digit: double every second digit of the body, starting from its right end. */
function checkDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return String((10 - (sum % 10)) % 10);
}
const withCheckDigit = (body: string) => body + checkDigit(body);

const digitString = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0, max: 9 }).map(String), minLength, maxLength });
/** Text around a digit run that cannot extend it (no digits, no space or hyphen next to the run). */
// No two capitals in a row: "ZZ41…" could be a valid IBAN, which is deliberately not a card.
const letters = fc.string({ unit: fc.constantFrom('a', 'z', 'é', '.', ':', '#'), maxLength: 8 });

const SENSITIVE = { code: 'SENSITIVE_DATA', message: ISSUE_MESSAGES.SENSITIVE_DATA };

describe('luhnValid', () => {
  it('accepts known test card numbers and the textbook example', () => {
    for (const pan of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '79927398713']) {
      expect(luhnValid(pan), pan).toBe(true);
    }
  });

  it('refuses them with the last digit changed', () => {
    for (const pan of ['4111111111111112', '5555555555554445', '378282246310006', '79927398710']) expect(luhnValid(pan), pan).toBe(false);
  });

  it('agrees with an independent check digit: exactly one of the ten digits completes a body', () => {
    fc.assert(
      fc.property(digitString(1, 30), (body) => {
        const valid = [...'0123456789'].filter((c) => luhnValid(body + c));
        expect(valid).toEqual([checkDigit(body)]);
      }),
    );
  });

  it('catches every single-digit error', () => {
    fc.assert(
      fc.property(digitString(1, 25), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, shift) => {
        const pan = withCheckDigit(body);
        const i = at % pan.length;
        const typo = pan.slice(0, i) + String((Number(pan[i]) + shift) % 10) + pan.slice(i + 1);
        expect(luhnValid(typo)).toBe(false);
      }),
    );
  });
});

describe('containsCardNumber', () => {
  it.each([
    ['4111111111111111', true],
    ['4111 1111 1111 1111', true],
    ['4111-1111-1111-1111', true],
    ['Payé avec la carte 4111 1111 1111 1111 hier', true],
    ['ref4111111111111111x', true],
    // A grouped run may start with something else: the card is a contiguous part of it.
    ['ref 2026-4111-1111-1111-1111', true],
    // Inside a longer run of digits, on either side.
    ['41111111111111111115', true],
    ['99994111111111111111', true],
    // Any run of separators between groups.
    ['4111  1111  1111  1111', true],
    ['4111 - 1111 / 1111 . 1111', true],
    ['4111 1111 1111 1112', false], // fails Luhn
    ['79927398713', false], // passes Luhn, but 11 digits is too short for a card
    ['1333461288239', false], // passes Luhn, but 1 is no issuer's prefix (ISO/IEC 7812: airlines)
    ['7992739871300', false], // passes Luhn, 7 is no issuer's prefix (petroleum)
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(containsCardNumber(text)).toBe(expected);
  });

  it('finds a Luhn-valid card number grouped as printed on cards (4-4-4-4[-3], 4-6-5, 4-6-4), inside text', () => {
    const layouts: Record<number, number[][]> = { 16: [[4, 4, 4, 4]], 19: [[4, 4, 4, 4, 3]], 15: [[4, 6, 5]], 14: [[4, 6, 4]] };
    const groupedPan = fc
      .constantFrom(14, 15, 16, 19)
      .chain((n) => fc.tuple(fc.constantFrom('4', '51', '36', '6011'), digitString(n - 5, n - 5), fc.constantFrom(...layouts[n]!), fc.constantFrom(' ', '-')))
      .map(([issuer, rest, sizes, sep]) => {
        const pan = withCheckDigit((issuer + rest + '000').slice(0, sizes.reduce((a, b) => a + b) - 1));
        let at = 0;
        return sizes.map((k) => pan.slice(at, (at += k))).join(sep);
      });
    fc.assert(
      fc.property(letters, groupedPan, letters, (before, pan, after) => {
        expect(containsCardNumber(`${before}${pan}${after}`)).toBe(true);
      }),
    );
  });

  it('does not mistake payment references for cards: QR references in fives, valid IBANs and RF references', () => {
    expect(containsCardNumber('21 00000 00003 13947 14300 09017')).toBe(false);
    expect(containsCardNumber('RF18 5390 0754 7034')).toBe(false); // ISO 11649 example; 539007547034 passes Luhn
    expect(containsCardNumber('CH93 0076 2011 6238 5295 7')).toBe(false);
    expect(containsCardNumber('ch93 0076 2011 6238 5295 7')).toBe(false);
    expect(containsCardNumber('IBAN CH93 0076 2011 6238 5295 7, carte 4111 1111 1111 1111')).toBe(true);
    expect(containsCardNumber('CH93 0076 2011 6238 5295 7 4111 1111 1111 1111')).toBe(true);
  });

  it('flags a run of digits exactly when one of its 12–19 digit windows starts with an issuer prefix and passes Luhn', () => {
    // The oracle, written independently: every window, the issuer prefixes as a regular expression.
    const issuer = /^(?:220[0-4]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720|30[0-5]|3095|3[46-9]|352[89]|35[3-8]\d|[456]|81|9792)/;
    const luhn = (w: string) => checkDigit(w.slice(0, -1)) === w.slice(-1);
    const oracle = (run: string) => {
      for (let i = 0; i < run.length; i++) for (let n = 12; n <= 19 && i + n <= run.length; n++) if (issuer.test(run.slice(i)) && luhn(run.slice(i, i + n))) return true;
      return false;
    };
    // Not 13 digits from 756 (an AVS number), 27 (a QR reference), 10 from 0 (a phone number): exempt, tested below.
    const run = digitString(12, 30).filter((r) => r.length !== 27 && r.length !== 13 && !(r.length === 10 && r[0] === '0'));
    fc.assert(
      fc.property(letters, run, letters, (before, r, after) => {
        expect(containsCardNumber(`${before}${r}${after}`)).toBe(oracle(r));
      }),
    );
  });

  it('never flags a single run of 11 digits or fewer, nor one that no window of which starts with an issuer prefix', () => {
    const run = fc.oneof(digitString(1, 11), fc.string({ unit: fc.constantFrom('0', '1', '7'), minLength: 12, maxLength: 40 }));
    fc.assert(
      fc.property(letters, run, letters, (before, r, after) => {
        expect(containsCardNumber(`${before}${r}${after}`)).toBe(false);
      }),
    );
  });
});

describe('redactCardNumbers', () => {
  it('replaces the digits holding a card number by *, leaves the rest of the text', () => {
    expect(redactCardNumbers('Unknown norm family: 4111 1111 1111 1111.')).toBe('Unknown norm family: *.');
    expect(redactCardNumbers('a ４１１１１１１１１１１１１１１１ b 5555555555554444 c')).toBe('a * b * c');
    expect(redactCardNumbers('on 2026-05-04, IBAN CH93 0076 2011 6238 5295 7')).toBe('on 2026-05-04, IBAN CH93 0076 2011 6238 5295 7');
  });

  it('never leaves a card number in what it returns', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('4111 1111 1111 1111', '٤١١١١١١١١١١١١١١١', '5555\u00a05555\u00a05555\u00a04444'), fc.string(), (a, pan, b) => {
        expect(containsCardNumber(redactCardNumbers(a + pan + b))).toBe(false);
      }),
    );
  });
});

describe('findSensitiveValues', () => {
  it('flags a card number given as a string or a number, by path only', () => {
    expect(findSensitiveValues('4111 1111 1111 1111')).toEqual([{ path: '', ...SENSITIVE }]);
    expect(findSensitiveValues(4111111111111111)).toEqual([{ path: '', ...SENSITIVE }]);
    expect(findSensitiveValues(-4111111111111111)).toEqual([{ path: '', ...SENSITIVE }]);
  });

  it('leaves other values alone', () => {
    for (const x of [4111111111111112, 79927398713, 12.5, '4111 1111 1112', true, null, undefined, {}, []]) {
      expect(findSensitiveValues(x), String(x)).toEqual([]);
    }
  });

  it('walks nested arrays and objects, with RFC 6901 pointers (~0 for ~, ~1 for /)', () => {
    const input = {
      amount: '1000.00',
      payer: { name: 'A. Martin', cards: ['none', '4111-1111-1111-1111'] },
      'a/b': { 'm~n': 5555555555554444 },
      '': [[{ note: 'carte 4111 1111 1111 1111' }]],
    };
    const issues = findSensitiveValues(input);
    expect(issues.map((i) => i.path).sort()).toEqual(['//0/0/note', '/a~1b/m~0n', '/payer/cards/1']);
    expect(issues.every((i) => i.code === 'SENSITIVE_DATA')).toBe(true);
    // The value is never echoed.
    expect(JSON.stringify(issues)).not.toMatch(/4111|5555/);
  });

  it('reports each offending value once, in a large random tree', () => {
    const pan = withCheckDigit('411111111111111');
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom<unknown>('ok', 12, null, pan),
        fc.array(tie('node')),
        fc.dictionary(fc.string({ maxLength: 3 }), tie('node')),
      ),
    })).node;
    const count = (v: unknown): number =>
      v === pan ? 1 : v !== null && typeof v === 'object' ? Object.values(v).reduce((n: number, x) => n + count(x), 0) : 0;
    fc.assert(
      fc.property(tree, (t) => {
        expect(findSensitiveValues(t)).toHaveLength(count(t));
      }),
    );
  });
});

describe('findSensitiveValues — what it cannot scan, it refuses', () => {
  it('refuses input nested deeper than any SDK input (64 levels) instead of leaving it unscanned', () => {
    let deep: unknown = '4111 1111 1111 1111';
    for (let i = 0; i < 66; i++) deep = [deep];
    const found = findSensitiveValues(deep);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'OUT_OF_RANGE', path: `/${Array(64).fill('0').join('/')}` });
  });

  it('refuses too deep an input even when nothing in it looks like a card, and accepts one level less', () => {
    const nest = (levels: number): unknown => {
      let v: unknown = { note: 'rien' };
      for (let i = 0; i < levels; i++) v = i % 2 ? { a: v } : [v];
      return v;
    };
    expect(findSensitiveValues(nest(64))).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE' })]);
    expect(findSensitiveValues(nest(63))).toEqual([]);
  });

  it('scans keys too, and names such a key "*" rather than echo it', () => {
    expect(findSensitiveValues({ a: { '4111111111111111': 1 } })).toEqual([expect.objectContaining({ path: '/a/*', code: 'SENSITIVE_DATA' })]);
  });
});

describe('findSensitiveValues — reads what the SDK reads', () => {
  const pan = '4111111111111111';

  it('reads a non-enumerable own property and an own getter', () => {
    const hidden = Object.defineProperty({ amount: '1' }, 'note', { value: pan, enumerable: false });
    const getter = Object.defineProperty({}, 'id', { get: () => pan, enumerable: true });
    expect(findSensitiveValues(hidden)).toEqual([{ path: '/note', ...SENSITIVE }]);
    expect(findSensitiveValues(getter)).toEqual([{ path: '/id', ...SENSITIVE }]);
  });

  it('reads the getters of a class instance, on the instance, through every prototype', () => {
    class Base {
      get id() {
        return pan;
      }
    }
    class File extends Base {
      netIncome = '3000.00';
      get asOf() {
        return '2026-06-01';
      }
    }
    expect(findSensitiveValues({ files: [new File()] })).toEqual([{ path: '/files/0/id', ...SENSITIVE }]);
  });

  it('refuses, by path, what throws when read', () => {
    const bad = Object.defineProperty({}, 'id', {
      get() {
        throw new Error('no');
      },
      enumerable: true,
    });
    expect(findSensitiveValues({ a: bad })).toEqual([{ path: '/a/id', code: 'INVALID_TYPE', message: ISSUE_MESSAGES.INVALID_TYPE }]);
  });

  it('refuses a number too large for its digits to be exact (2^53 or more), and one whose decimal text holds a card', () => {
    for (const n of [2 ** 53, 4111111111111111111, -5.555555555555554e18, 1e300]) expect(findSensitiveValues(n), String(n)).toEqual([{ path: '', ...SENSITIVE }]);
    expect(findSensitiveValues(4111111111.111111)).toEqual([{ path: '', ...SENSITIVE }]);
    for (const n of [2 ** 53 - 1, 4111111111111112, 12345678901.5, 1e-7]) expect(findSensitiveValues(n), String(n)).toEqual([]);
  });

  it('names a key holding a card in any form "*"', () => {
    expect(findSensitiveValues({ '4111 1111\u00a01111 1111': 1, ok: { '٤١١١١١١١١١١١١١١١': 2 } }).map((i) => i.path)).toEqual(['/*', '/ok/*']);
  });
});
