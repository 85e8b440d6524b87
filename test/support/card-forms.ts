import fc from 'fast-check';

// Card numbers in every way a person or a program may write them, and the numbers that are not card
// numbers although runs of their digits pass Luhn — written independently of the SDK's detector.

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n });

/** Luhn check digit: double every second digit of the body, starting from its right end. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return String((10 - (sum % 10)) % 10);
}

/** Issuer prefixes (ISO/IEC 7812): Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro. */
const issuerPrefix = fc.oneof(
  fc.constantFrom('4', '34', '37', '36', '38', '6011', '65', '62', '50'),
  ...[
    [51, 55],
    [2221, 2720],
    [300, 305],
    [644, 649],
    [3528, 3589],
    [56, 69],
  ].map(([min, max]) => fc.integer({ min: min!, max: max! }).map(String)),
);

/** A card number: an issuer prefix, 12–19 digits, a valid Luhn check digit. */
export const cardNumber = (lengths: { min: number; max: number } = { min: 12, max: 19 }) =>
  fc.tuple(issuerPrefix, fc.integer(lengths), digits(19)).map(([prefix, n, fill]) => {
    const body = (prefix + fill).slice(0, n - 1);
    return body + luhnCheckDigit(body);
  });

/** Separators people and programs put between groups of digits. */
export const SEPARATORS = [' ', '\u00a0', '\u202f', '\u2009', '\u3000', '\t', '\n', '.', '/', '_', '-', '\u2013', "'", ' - ', '  ', ' / '];
/** The zero of each digit script planted: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, Thai, mathematical bold. */
export const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0xe50, 0x1d7ce];
/** Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen. */
export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

/** Each digit of a digit string written in the given scripts (one per digit, cycling). */
export const inScripts = (s: string, zeros: readonly number[]) => [...s].map((c, k) => String.fromCodePoint(zeros[k % zeros.length]! + Number(c)));

/** The characters cut in groups of the given sizes (the last group takes what is left). */
export function grouped(s: string | readonly string[], sizes: readonly number[]): string[] {
  const chars = [...s];
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= chars.length) break;
    out.push(chars.slice(at, (at += n)).join(''));
  }
  if (at < chars.length) out.push(chars.slice(at).join(''));
  return out;
}

export interface WrittenCard {
  /** The card number's digits. */
  pan: string;
  /** How it is written. */
  text: string;
}

/**
 * A card number written in any way: any grouping (none, 4-4-4-4, 4-6-5, 8-8, random), any separator or
 * mix of them, any digit script or mix of them, zero-width characters anywhere, inside a sentence or
 * glued to more digits. Digits glued before it are never 0 or 7 (a phone or AVS number could then start
 * there and the whole run be one, by design exempt), and a run of exactly 27 digits that is a valid QR
 * reference is left out (it is one, whatever else it holds).
 */
export const writtenCard: fc.Arbitrary<WrittenCard> = fc
  .record({
    pan: cardNumber(),
    sizes: fc.oneof(
      fc.constant([99]),
      fc.constant([4, 4, 4, 4, 4]),
      fc.constant([4, 6, 5, 4]),
      fc.constant([8, 8, 8]),
      fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 19 }),
    ),
    separators: fc.oneof(fc.constantFrom(...SEPARATORS).map((s) => [s]), fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 6 })),
    zeros: fc.oneof(fc.constant([0x30]), fc.constantFrom(...DIGIT_ZEROS).map((z) => [z]), fc.array(fc.constantFrom(...DIGIT_ZEROS), { minLength: 2, maxLength: 4 })),
    invisibles: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { maxLength: 3 }),
    around: fc.oneof(
      fc.constantFrom(['', ''], ['carte ', ' hier'], ['Paid with card: ', '.'], ['(', ')'], ['n° ', ''], ['', ' CHF 12.50']),
      fc.tuple(fc.string({ unit: fc.constantFrom('1', '2', '3', '4', '5', '6', '8', '9'), maxLength: 5 }), fc.string({ unit: digit, maxLength: 5 })),
    ),
  })
  .filter(({ pan, around }) => {
    const run = /^\d*$/.test(around[0]!) && /^\d*$/.test(around[1]!) ? around[0]! + pan + around[1]! : '';
    return !qrReferenceValid(run);
  })
  .map(({ pan, sizes, separators, zeros, invisibles, around }) => {
    const groups = grouped(inScripts(pan, zeros), sizes);
    let text = groups.map((g, k) => (k === 0 ? g : separators[k % separators.length]! + g)).join('');
    for (const [at, ch] of invisibles) {
      const cps = [...text];
      const k = at % (cps.length + 1);
      text = [...cps.slice(0, k), ch, ...cps.slice(k)].join('');
    }
    // Glued digits must stay glued: a separator between them and the card would make them a group.
    return { pan, text: around[0] + text + around[1] };
  });

/** The digits of a text in the scripts planted, as ASCII, everything else dropped (JSON pointer escapes undone first). */
export function digitsOf(text: string): string {
  let out = '';
  for (const ch of text.replace(/~1/g, '/').replace(/~0/g, '~').normalize('NFKC')) {
    const cp = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    if (zero !== undefined) out += String(cp - zero);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Numbers that are not card numbers.

const QR_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];
function qrCheckDigit(body: string): string {
  let carry = 0;
  for (const c of body) carry = QR_TABLE[(carry + Number(c)) % 10]!;
  return String((10 - carry) % 10);
}
export const qrReferenceValid = (s: string) => s.length === 27 && qrCheckDigit(s.slice(0, 26)) === s[26];

/** QR-bill references: 26 digits and the recursive mod 10 check digit, compact or as printed (2 + 5 × 5). */
export const qrReference = fc.tuple(digits(26), fc.boolean()).map(([body, printed]) => {
  const ref = body + qrCheckDigit(body);
  return printed ? [ref.slice(0, 2), ...grouped(ref.slice(2), [5, 5, 5, 5, 5])].join(' ') : ref;
});

/** AVS numbers: 756, 9 digits, the EAN-13 check digit; compact, dotted (756.1234.5678.97) or spaced. */
export const avsNumber = fc.tuple(digits(9), fc.constantFrom('', '.', ' ')).map(([body, sep]) => {
  const twelve = `756${body}`;
  const sum = [...twelve].reduce((s, c, k) => s + Number(c) * (k % 2 === 0 ? 1 : 3), 0);
  const avs = twelve + String((10 - (sum % 10)) % 10);
  return grouped(avs, [3, 4, 4, 2]).join(sep);
});

/** Swiss phone numbers (0 + 9 digits, the first not 0), in the forms they are written. */
export const swissPhone = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8), fc.integer({ min: 0, max: 5 })).map(([first, rest, form]) => {
  const national = `${first}${rest}`;
  const [a, b, c, d] = grouped(national, [2, 3, 2, 2]);
  return [`0${national}`, `0${a} ${b} ${c} ${d}`, `+41 ${a} ${b} ${c} ${d}`, `+41${national}`, `0041 ${a} ${b} ${c} ${d}`, `0041${national}`][form]!;
});

// Country, length and BBAN shape (d: digit, a: capital, c: either) of real IBAN formats.
const IBAN_FORMATS: [string, string][] = [
  ['CH', 'dddddcccccccccccc'],
  ['LI', 'dddddcccccccccccc'],
  ['DE', 'dddddddddddddddddd'],
  ['FR', 'ddddddddddcccccccccccdd'],
  ['IT', 'addddddddddcccccccccccc'],
  ['AT', 'dddddddddddddddd'],
  ['GB', 'aaaadddddddddddddd'],
  ['NL', 'aaaadddddddddd'],
  ['BE', 'dddddddddddd'],
  ['NO', 'ddddddddddd'],
  ['MT', 'aaaadddddcccccccccccccccccc'],
  ['LC', 'aaaacccccccccccccccccccccccc'],
];
function mod97(s: string): number {
  let rest = 0;
  for (const c of s) rest = (rest * (c >= 'A' ? 100 : 10) + (c >= 'A' ? c.charCodeAt(0) - 55 : Number(c))) % 97;
  return rest;
}

/** IBANs of several countries with valid check digits, upper or lower case, compact or in fours. */
export const iban = fc
  .tuple(fc.constantFrom(...IBAN_FORMATS), fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), fc.boolean(), fc.boolean())
  .map(([[country, shape], r, lower, spaced]) => {
    const bban = [...shape].map((k, i) => {
      const digitOrLetter = k === 'd' || (k === 'c' && r[i]! % 3 !== 0);
      return digitOrLetter ? String(r[i]! % 10) : String.fromCharCode(65 + (r[i]! % 26));
    });
    const check = String(98 - mod97(`${bban.join('')}${country}00`)).padStart(2, '0');
    const compact = `${country}${check}${bban.join('')}`;
    const text = spaced ? grouped(compact, Array(9).fill(4)).join(' ') : compact;
    return lower ? text.toLowerCase() : text;
  });

// ---------------------------------------------------------------------------------------------------
// Card numbers planted in inputs, and channels searched for them.

const withCheck = (body: string) => body + luhnCheckDigit(body);
/** Each form the attack found missing, then a seeded sample of random ones. */
export const CARD_FORMS: WrittenCard[] = [
  ['4111111111111111', '4111111111111111'],
  ['4111111111111111', '4111\u00a01111\u00a01111\u00a01111'],
  ['4111111111111111', '4111\u202f1111\u202f1111\u202f1111'],
  ['5555555555554444', '5555\u20095555\u20095555\u20094444'],
  ['5555555555554444', '5555\t5555\t5555\t4444'],
  ['378282246310005', '3782.822463.10005'],
  ['378282246310005', '3782/822463/10005'],
  ['6011111111111117', '6011_1111_1111_1117'],
  ['6011111111111117', '6011-1111 1111.1117'],
  ['5555555555554444', '55555555 55554444'],
  ['4111111111111111', '４１１１１１１１１１１１１１１１'],
  ['4111111111111111', '٤١١١١١١١١١١١١١١١'],
  ['4111111111111111', '۴۱۱۱۱۱۱۱۱۱۱۱۱۱۱۱'],
  ['4111111111111111', '4111\u200b1111\u200c1111\u200d1111\u2060'],
  [withCheck('41111111111'), `${withCheck('41111111111').match(/.{4}/g)!.join(' ')}`],
  ['4111111111111111', '99994111111111111111'],
  [withCheck('411111111111111111'), withCheck('411111111111111111')],
].map(([pan, text]) => ({ pan: pan!, text: text! }));
CARD_FORMS.push(...fc.sample(writtenCard, { seed: 150426, numRuns: 8 }));

/** True when the text repeats the card number, in any script or form (or rounded, as a JSON number). */
export function repeatsCard(text: string, form: WrittenCard): boolean {
  const digits = digitsOf(text);
  const rounded = String(Number(form.pan)).replace(/0+$/, '');
  return text.includes(form.text) || digits.includes(form.pan) || (Number(form.pan) >= 2 ** 53 && digits.includes(rounded));
}

type Path = (string | number)[];
interface Plant {
  what: string;
  input: unknown;
}

/**
 * The input with a card number planted: as each value (text, and number), as each key, as a new key of
 * each object. `pick(k)` says whether the k-th place is planted (the others are skipped).
 */
function plants(input: unknown, form: WrittenCard, pick: (k: number) => boolean): Plant[] {
  const out: Plant[] = [];
  let place = 0;
  // The input sits in a wrapper, so that the input itself is a place like any other.
  const plant = (what: string, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void) => {
    if (!pick(place++)) return;
    const copy = { input: structuredClone(input) } as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy);
    change(parent as Record<string | number, unknown>, path[path.length - 1]!);
    out.push({ what: `${what} /${path.slice(1).join('/')}`, input: copy.input });
  };
  const walk = (v: unknown, path: Path) => {
    if (v === null || typeof v !== 'object') {
      plant('text at', path, (p, k) => (p[k] = form.text));
      plant('number at', path, (p, k) => (p[k] = Number(form.pan)));
      return;
    }
    if (!Array.isArray(v)) {
      for (const key of Object.keys(v)) {
        plant('key renamed', [...path, key], (p, k) => {
          p[form.text] = p[k];
          delete p[k];
        });
      }
      plant('key added at', [...path, form.text], (p, k) => (p[k] = 'x'));
    }
    for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(input, ['input']);
  return out;
}

/** Every form in every place of the first base (unless `rotate`); one form per place, rotating, in the others. */
export function plantCards(bases: readonly unknown[], rotate = false): (Plant & { form: WrittenCard })[] {
  const pick = (b: number, f: number) => (k: number) => (b === 0 && !rotate) || (k + b) % CARD_FORMS.length === f;
  return bases.flatMap((base, b) => CARD_FORMS.flatMap((form, f) => plants(base, form, pick(b, f)).map((p) => ({ ...p, form }))));
}

