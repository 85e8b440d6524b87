/**
 * Card-number detection in any text, in linear time and without a regular expression on the text:
 * read the text as digits (`readDigitText`: any script, any separators, invisible characters dropped),
 * set aside the numbers that carry their own check (`payment-references.ts`), then look at every window of
 * 12–19 consecutive digits, across separators and inside longer runs: a card number is one that starts
 * with an issuer's prefix and passes Luhn.
 */
import { PLUS, SEP, holdsDigits, readDigitText, type DigitText } from './digit-text.js';
import { exemptNumberAt, maskMod97References } from './payment-references.js';

export const MIN_PAN = 12;
export const MAX_PAN = 19;
// The smallest number written with MIN_PAN digits: below it, a whole number cannot hold a card number.
const MIN_PAN_NUMBER = 10 ** (MIN_PAN - 1);

/**
 * Where card numbers start (ISO/IEC 7812 issuer identification numbers, on their first four digits).
 * The digits 0, 1, 7 and the rest of 8 and 9 belong to other industries (phone numbers, AVS numbers,
 * timestamps): a Luhn-valid run starting with them is not a card number. `[from, to]` pairs: the issuers
 * are named in comments only, so the table costs the bundles no text.
 */
export const CARD_ISSUER_RANGES: readonly (readonly [from: number, to: number])[] = [
  [2200, 2204], // Mir
  [2221, 2720], // Mastercard (2-series)
  [3000, 3059], // Diners Club
  [3095, 3095], // Diners Club
  [3400, 3499], // American Express
  [3528, 3589], // JCB
  [3600, 3699], // Diners Club
  [3700, 3799], // American Express
  [3800, 3999], // Diners Club
  [4000, 4999], // Visa, Visa Electron, V PAY
  [5000, 5099], // Maestro (50)
  [5100, 5599], // Mastercard
  [5600, 5999], // Maestro (56–59)
  [6000, 6999], // Maestro, Discover, UnionPay, RuPay (60–69)
  [8100, 8199], // UnionPay (81)
  [9792, 9792], // Troy
];

const ISSUER = new Uint8Array(10_000);
for (const [from, to] of CARD_ISSUER_RANGES) ISSUER.fill(1, from, to + 1);

const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/** Luhn (mod 10) check, as used by payment card numbers (ISO/IEC 7812), on ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    const d = digits.charCodeAt(i) - 48;
    sum += double ? DOUBLED[d]! : d;
  }
  return sum % 10 === 0;
}

/**
 * True when some window of 12–19 digits of d[from..to) starts with an issuer's prefix and passes Luhn.
 * Each start reads at most 19 digits: linear.
 */
function cardIn(d: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i + MIN_PAN <= to; i++) {
    if (ISSUER[d[i]! * 1000 + d[i + 1]! * 100 + d[i + 2]! * 10 + d[i + 3]!] === 0) continue;
    // Sums of the digits at even and odd offsets from i, plain and doubled: the window ending at k
    // doubles the digits at an odd distance from k.
    let even = 0;
    let evenDoubled = 0;
    let odd = 0;
    let oddDoubled = 0;
    const last = Math.min(to, i + MAX_PAN);
    for (let k = i; k < last; k++) {
      const v = d[k]!;
      const offset = k - i;
      if (offset & 1) {
        odd += v;
        oddDoubled += DOUBLED[v]!;
      } else {
        even += v;
        evenDoubled += DOUBLED[v]!;
      }
      if (offset + 1 >= MIN_PAN && ((offset & 1 ? odd + evenDoubled : even + oddDoubled) % 10) === 0) return true;
    }
  }
  return false;
}

// Per digit of the sequence being read, its value; per position k, how many group ends the digits
// before k hold (a group ends at a separator or at the sequence's end). Shared by short texts; a long
// one gets its own, which is not kept.
const SHARED = 2048;
const sharedDigits = new Uint8Array(SHARED);
const sharedEnds = new Int32Array(SHARED + 1);

/** True when the digit sequence digits[0..m) is, from start to end, one or more exempt numbers. */
function allExempt(digits: Uint8Array, endsBefore: Int32Array, m: number, plusBefore: boolean): boolean {
  for (let i = 0; i < m; ) {
    const n = exemptNumberAt(digits, endsBefore, i, m, plusBefore && i === 0);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * The card-holding stretches of a text read as digits, as [first byte, last byte] pairs: each digit
 * sequence (digits with separators between them) that holds a card number and is not, as a whole, one or
 * more exempt numbers (a phone number, a QR reference…). An exempt number never hides a card number
 * written next to it: the sequence is then no longer all exempt. With `first`, stops at the first.
 */
function cardStretches(t: DigitText, first: boolean): number[] {
  const n = t.length;
  return n <= SHARED ? stretchesIn(t, first, sharedDigits, sharedEnds) : stretchesIn(t, first, new Uint8Array(n), new Int32Array(n + 1));
}

function stretchesIn(t: DigitText, first: boolean, digits: Uint8Array, endsBefore: Int32Array): number[] {
  const b = t.bytes;
  const n = t.length;
  const found: number[] = [];
  let k = 0;
  while (k < n) {
    if (b[k]! < 48 || b[k]! > 57) {
      k++;
      continue;
    }
    const start = k;
    const plusBefore = k > 0 && b[k - 1] === PLUS;
    let m = 0;
    let ends = 0;
    for (; k < n; k++) {
      const c = b[k]!;
      if (c >= 48 && c <= 57) {
        endsBefore[m] = ends;
        digits[m++] = c - 48;
      } else if (c === SEP && k + 1 < n && b[k + 1]! >= 48 && b[k + 1]! <= 57) ends++;
      else break;
    }
    endsBefore[m] = ends + 1;
    if (m >= MIN_PAN && cardIn(digits, 0, m) && !allExempt(digits, endsBefore, m, plusBefore)) {
      found.push(start, k - 1);
      if (first) return found;
    }
  }
  return found;
}

/**
 * The cheap first test, false when the text holds fewer than 12 digits, so no card number. Most texts
 * (keys, dates, amounts) are shorter than 12 ASCII characters: one comparison per character says so.
 */
export function mayHoldCardNumber(text: string): boolean {
  if (text.length >= MIN_PAN) return holdsDigits(text, MIN_PAN);
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 127) return holdsDigits(text, MIN_PAN); // `⑳` is two digits
  return false;
}

function read(text: string, withSource: boolean): DigitText | null {
  if (!mayHoldCardNumber(text)) return null;
  const t = readDigitText(text, withSource);
  if (t.longestRun < MIN_PAN) return null;
  maskMod97References(t.bytes, t.length);
  return t;
}

/**
 * True when the text holds a card number: 12–19 digits (of any script, grouped in any way by spaces,
 * dots, slashes, underscores, apostrophes, hyphens or dashes, or inside a longer run) that start with an
 * issuer's prefix and pass Luhn, outside a valid IBAN, RF or QR reference, AVS number or Swiss phone number.
 */
export function containsCardNumber(text: string): boolean {
  const t = read(text, false);
  return t !== null && cardStretches(t, true).length > 0;
}

/** The text with every stretch of digits that holds a card number replaced by `*`. */
export function redactCardNumbers(text: string): string {
  const t = read(text, true);
  if (t === null) return text;
  const stretches = cardStretches(t, false);
  if (stretches.length === 0) return text;
  let out = '';
  let from = 0;
  for (let s = 0; s < stretches.length; s += 2) {
    const start = t.source![stretches[s]!]!;
    const lastChar = t.source![stretches[s + 1]!]!;
    out += `${text.slice(from, start)}*`;
    from = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  }
  return out + text.slice(from);
}

/**
 * True when a number may be a card number: its decimal text holds one, or it is too large for its digits
 * to be exact (2^53 or more) — a card number written as a JSON number arrives rounded, yet still
 * mostly its digits.
 */
export function numberMayBeCard(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const magnitude = Math.abs(n);
  if (magnitude >= 2 ** 53) return true;
  if (magnitude < MIN_PAN_NUMBER && Number.isInteger(n)) return false;
  return containsCardNumber(String(n));
}
