/**
 * Numbers that are not card numbers although a run of their digits may pass Luhn, each recognised by its
 * own check, in linear time: IBANs and RF creditor references (ISO 7064 mod 97-10), QR-bill references
 * (27 digits, recursive mod 10), AVS numbers (756 + 9 digits + EAN-13 check) and Swiss phone numbers.
 * They work on text read by `readDigitText` (ASCII digits and capitals, one space per separator run).
 */
import { BREAK, SEP } from './digit-text.js';

const isDigit = (b: number): boolean => b >= 48 && b <= 57;
const isCapital = (b: number): boolean => b >= 65 && b <= 90;
const isAlnum = (b: number): boolean => isDigit(b) || isCapital(b);
/** A character's value in mod 97-10: digits 0–9, letters A = 10 … Z = 35. */
const value97 = (b: number): number => (isDigit(b) ? b - 48 : b - 55);
const shift97 = (rest: number, b: number): number => (isDigit(b) ? rest * 10 + b - 48 : rest * 100 + b - 55) % 97;

// IBAN length by country (ISO 13616 registry, SWIFT, release 2024): a country's IBANs all have one length.
// Grouped by length ("15NO16BE18DKFI…": a length, then the countries that use it): shorter in every bundle.
const IBAN_LENGTHS =
  '15NO16BE18DKFIFKFOGLNLSD19MKSI20ATBAEEKZLTLUMN21CHHRLILV22BGBHCRDEGBGEIEMERS23AEGIILIQOM24ADCZESMDPKROSA' +
  'SESK25LYPT26IS27BIDJFRGRITMCMRSM28ALAZBYCYDOGTHNHULBNIPL29BREGPSQA30JOKWMU31MTSC32LC33RU';
const IBAN_LENGTH = new Uint8Array(26 * 26);
for (let k = 0, length = 0; k < IBAN_LENGTHS.length; k += 2) {
  const a = IBAN_LENGTHS.charCodeAt(k);
  if (isDigit(a)) length = Number(IBAN_LENGTHS.slice(k, k + 2));
  else IBAN_LENGTH[(a - 65) * 26 + IBAN_LENGTHS.charCodeAt(k + 1) - 65] = length;
}

/**
 * Overwrites with BREAK every valid IBAN (its country's length) or RF creditor reference (5–25
 * characters, the shortest valid), upper or lower case, with single separators or none, that starts a
 * word: two letters, two check digits, then letters and digits, ending at a group's end. A card number
 * written after it stays outside it. Each start reads at most 34 characters ahead: linear.
 */
export function maskMod97References(b: Uint8Array, length: number): void {
  for (let p = 0; p + 4 < length; p++) {
    if (!isCapital(b[p]!) || !isCapital(b[p + 1]!) || !isDigit(b[p + 2]!) || !isDigit(b[p + 3]!)) continue;
    if (p > 0 && isAlnum(b[p - 1]!)) continue;
    const rf = b[p] === 82 && b[p + 1] === 70; // "RF"
    const iban = IBAN_LENGTH[(b[p]! - 65) * 26 + b[p + 1]! - 65]!;
    if (!rf && iban === 0) continue;
    const min = rf ? 5 : iban;
    const max = rf ? 25 : iban;
    // The check rearranges: body, then the two letters and the check digits (6 digits once converted).
    const tail = ((value97(b[p]!) * 100 + value97(b[p + 1]!)) * 100 + (b[p + 2]! - 48) * 10 + (b[p + 3]! - 48)) % 97;
    let rest = 0;
    let count = 4;
    let q = p + 4; // next byte to read
    while (q < length && count < max) {
      if (b[q] === SEP && q + 1 < length && isAlnum(b[q + 1]!)) q++;
      if (!isAlnum(b[q]!)) break;
      rest = shift97(rest, b[q]!);
      count++;
      q++;
      const groupEnd = q === length || !isAlnum(b[q]!);
      if (groupEnd && count >= min && (rest * 1_000_000 + tail) % 97 === 1) {
        b.fill(BREAK, p, q);
        p = q;
        break;
      }
    }
  }
}

const QR_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

function qrReference(d: Uint8Array, at: number): boolean {
  let carry = 0;
  for (let k = 0; k < 26; k++) carry = QR_TABLE[(carry + d[at + k]!) % 10]!;
  return (10 - carry) % 10 === d[at + 26];
}

function avsNumber(d: Uint8Array, at: number): boolean {
  if (d[at] !== 7 || d[at + 1] !== 5 || d[at + 2] !== 6) return false;
  let sum = 0;
  for (let k = 0; k < 12; k++) sum += d[at + k]! * (k % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === d[at + 12];
}

/** True when digits [at, at + sum of sizes) are written in groups of exactly these sizes. */
function writtenAs(endsBefore: Int32Array, at: number, end: number, sizes: readonly number[]): boolean {
  let pos = at;
  for (const size of sizes) {
    pos += size;
    if (pos > end || endsBefore[pos]! - endsBefore[pos - size]! !== 1 || endsBefore[pos]! - endsBefore[pos - 1]! !== 1) return false;
  }
  return true;
}

// How each exempt number is written: in one run, or grouped as printed (QR-bill, AVS card, phone book).
const QR_FORMS = [[27], [2, 5, 5, 5, 5, 5]];
const AVS_FORMS = [[13], [3, 4, 4, 2]];
const PHONE_FORMS = [[10], [3, 3, 2, 2]]; // 0XX XXX XX XX
const PLUS41_FORMS = [[11], [2, 9], [2, 2, 3, 2, 2]]; // +41 XX XXX XX XX
const ZERO041_FORMS = [[13], [4, 9], [4, 2, 3, 2, 2]]; // 0041 XX XXX XX XX

/**
 * The length of the exempt number that starts at digit `at` of a digit sequence, written in one of its
 * forms, or 0: a QR-bill reference, an AVS number, or a Swiss phone number (0 then 9 digits, the first
 * not 0; or 41 after a `+`, or 0041, then those 9). `endsBefore[k]` counts the group ends among digits
 * 0..k-1. Only the written forms count: digits grouped otherwise (a phone number and a card number side
 * by side making 27 digits) are no QR reference.
 */
export function exemptNumberAt(d: Uint8Array, endsBefore: Int32Array, at: number, end: number, plusBefore: boolean): number {
  const written = (forms: readonly (readonly number[])[]): boolean => forms.some((sizes) => writtenAs(endsBefore, at, end, sizes));
  if (at + 27 <= end && written(QR_FORMS) && qrReference(d, at)) return 27;
  if (at + 13 <= end && written(AVS_FORMS) && avsNumber(d, at)) return 13;
  if (d[at] === 0 && d[at + 1] === 0 && d[at + 2] === 4 && d[at + 3] === 1 && d[at + 4] !== 0 && written(ZERO041_FORMS)) return 13;
  if (d[at] === 0 && d[at + 1] !== 0 && written(PHONE_FORMS)) return 10;
  if (plusBefore && d[at] === 4 && d[at + 1] === 1 && d[at + 2] !== 0 && written(PLUS41_FORMS)) return 11;
  return 0;
}
