// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‚, ƒ, „ …, Š, Œ, Ž, ‘ ’ “ ” …); five of them
// are unassigned and kept as their C1 control. Node's TextDecoder('windows-1252') decodes as Latin-1.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const LATIN1 = new TextDecoder('latin1');

/** Decodes Windows-1252 bytes (Excel's "CSV" on a Western Windows): every byte is a character. */
export function decodeWindows1252(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return LATIN1.decode(bytes.subarray(start, end)).replace(/[\x80-\x9f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
}
