/**
 * Text as a card-number detector must read it, in one linear pass: NFKC, every Unicode decimal digit
 * (`\p{Nd}`: full-width, Arabic-Indic, Devanagari…) as its ASCII digit, ASCII letters upper-cased, every
 * run of separators (spaces of every kind, tab, line breaks, `.`, `/`, `_`, `'`, `’`, hyphens and dashes)
 * as one space, invisible characters (format characters such as U+200B–U+200D, U+2060, U+FEFF; combining
 * marks) dropped, anything else a break.
 */

/** The bytes a character can become: an ASCII digit or capital, or one of these. */
export const SEP = 0x20; // ' '
export const BREAK = 0x23; // '#'
export const PLUS = 0x2b; // '+'
const DROP = 2; // nothing is written
const EXPANDS = 1; // NFKC makes it several characters (`⑳` → "20"): normalised each time it is met
const UNKNOWN = 0;

const ASCII = new Uint8Array(128).fill(BREAK);
for (let c = 48; c <= 57; c++) ASCII[c] = c;
for (let c = 65; c <= 90; c++) ASCII[c] = ASCII[c + 32] = c;
for (const ch of ' \t\n\v\f\r./_-\'') ASCII[ch.charCodeAt(0)] = SEP;
ASCII[PLUS] = PLUS;

const DECIMAL_DIGIT = /^\p{Nd}$/u;
const SEPARATOR = /^[\p{White_Space}\p{Pd}\u2212\u2019\u02bc]$/u;
const INVISIBLE = /^[\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]$/u;

// Classes of the BMP, filled on first sight of each character (a character costs one NFKC once);
// the CJK and Hangul blocks are letters NFKC leaves alone, so a text in them costs nothing either.
const BMP = new Uint8Array(0x10000);
BMP.fill(BREAK, 0x4e00, 0xa000);
BMP.fill(BREAK, 0xac00, 0xd7a4);
const ASTRAL = new Map<number, number>();
const EXPANSIONS = new Map<number, number[]>();

/** A decimal digit's value: Unicode encodes digits in runs of ten, 0 to 9, so it is the offset in its run. */
function digitValue(cp: number): number {
  let start = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** The class of a character that NFKC leaves as it is. */
function classOfNormalised(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  const ch = String.fromCodePoint(cp);
  if (DECIMAL_DIGIT.test(ch)) return 48 + digitValue(cp);
  if (SEPARATOR.test(ch)) return SEP;
  if (INVISIBLE.test(ch)) return DROP;
  return BREAK;
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const n = ch.normalize('NFKC');
  if (n === ch) return classOfNormalised(cp);
  const first = n.codePointAt(0);
  if (first === undefined) return DROP;
  return n.length === (first > 0xffff ? 2 : 1) ? classOfNormalised(first) : EXPANDS;
}

/** The class of a code point: an ASCII digit or capital, SEP, BREAK, PLUS, DROP or EXPANDS. */
function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  if (cp < 0x10000) {
    const known = BMP[cp]!;
    return known !== UNKNOWN ? known : (BMP[cp] = classify(cp));
  }
  let known = ASTRAL.get(cp);
  if (known === undefined) {
    if (ASTRAL.size > 4096) ASTRAL.clear(); // bounded memory whatever the input
    ASTRAL.set(cp, (known = classify(cp)));
  }
  return known;
}

const isDigitClass = (c: number): boolean => c >= 48 && c <= 57;

/** The classes of the characters NFKC expands a character into (kept: a few thousand characters expand). */
function expansion(cp: number): number[] {
  let classes = EXPANSIONS.get(cp);
  if (classes === undefined) {
    classes = [...String.fromCodePoint(cp).normalize('NFKC')].map((ch) => classOfNormalised(ch.codePointAt(0)!));
    EXPANSIONS.set(cp, classes);
  }
  return classes;
}

/**
 * True when the text may hold `min` decimal digits (of any script): the cheap test that spares nearly
 * every text the full reading. It never says false for a text that holds them (a surrogate counts as a
 * digit, a character NFKC expands counts its digits).
 */
export function holdsDigits(text: string, min: number): boolean {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c >= 48 && c <= 57 && ++count >= min) return true;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (++count >= min) return true;
    } else {
      const cls = classOf(c);
      if (isDigitClass(cls)) count++;
      else if (cls === EXPANDS) for (const sub of expansion(c)) count += isDigitClass(sub) ? 1 : 0;
      if (count >= min) return true;
    }
  }
  return false;
}

/** A text read as bytes: `bytes[0..length)` and, when asked for, the index in the text of each byte's character. */
export interface DigitText {
  bytes: Uint8Array;
  length: number;
  source: Int32Array | null;
  /** The most digits in one run (digits with at most separators between them). */
  longestRun: number;
}

// Short texts (nearly all) reuse one buffer; a long one gets its own, which is not kept. The reader's
// state is module-level: reading is synchronous and never re-entered.
const SHARED = 1024;
let shared: Uint8Array = new Uint8Array(SHARED * 2 + 8);
let bytes: Uint8Array = shared;
let source: Int32Array | null = null;
let n = 0;
let run = 0;
let longest = 0;

function put(b: number, at: number): void {
  if (b === SEP) {
    if (n === 0 || bytes[n - 1] === SEP) return;
  } else if (b >= 48 && b <= 57) {
    if (++run > longest) longest = run;
  } else run = 0;
  // Only NFKC expansions (several characters for one) can outgrow two bytes per UTF-16 unit.
  if (n === bytes.length) grow();
  bytes[n] = b;
  if (source !== null) source[n] = at;
  n++;
}

function grow(): void {
  const b = new Uint8Array(bytes.length * 2);
  b.set(bytes);
  bytes = b;
  if (source === null) return;
  const s = new Int32Array(b.length);
  s.set(source);
  source = s;
}

/** Reads the text as bytes (see the module's comment), in one linear pass. */
export function readDigitText(text: string, withSource = false): DigitText {
  bytes = text.length <= SHARED ? shared : new Uint8Array(text.length * 2 + 8);
  source = withSource ? new Int32Array(bytes.length) : null;
  n = run = longest = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      put(ASCII[c]!, k);
      continue;
    }
    const cp = text.codePointAt(k)!;
    const cls = classOf(cp);
    if (cls === EXPANDS) {
      for (const sub of expansion(cp)) if (sub !== DROP) put(sub, k);
    } else if (cls !== DROP) put(cls, k);
    if (cp > 0xffff) k++;
  }
  if (text.length <= SHARED) shared = bytes;
  const out = { bytes, length: n, source, longestRun: longest };
  bytes = shared; // a long text's buffers are the caller's only
  source = null;
  return out;
}
