// A case timeline as an iCalendar file (RFC 5545) that Outlook, Apple Calendar and Google import: one
// all-day event per milestone, a reminder two days before each last day, UIDs that stay the same for
// the same case (a second import updates the events instead of doubling them).
import { nextDay } from '../swiss.js';

/** FNV-1a, 32 bits, as 8 hex digits: a stable short fingerprint of the case. */
export function fingerprint(text) {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const escapeText = (s) => String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const compact = (iso) => iso.replace(/-/g, '');

/** Lines longer than 75 octets folded (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function fold(line) {
  const bytes = new TextEncoder();
  const out = [];
  let current = '';
  for (const ch of line) {
    const limit = out.length === 0 ? 75 : 74;
    if (bytes.encode(current + ch).length > limit) {
      out.push(current);
      current = ch;
    } else current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Milestones that end a time limit: they get a reminder. */
export const isLastDay = (kind) => /last-day$|-until$/.test(kind);

/**
 * The .ics text of a caseTimeline result. `input` is the case (for the UIDs), `stamp` the creation
 * instant as YYYYMMDDTHHMMSSZ, `cite` turns a citation into the reader's form.
 */
export function timelineIcs(timeline, input, { stamp, cite = (c) => c, lang = 'fr' }) {
  const caseId = fingerprint(JSON.stringify(input));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//lp-rules//chronologie de poursuite//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const seen = new Map();
  for (const m of timeline.milestones) {
    const n = (seen.get(m.kind) ?? 0) + 1;
    seen.set(m.kind, n);
    const summary = m.label[lang];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${m.kind}${n > 1 ? `-${n}` : ''}-${caseId}@lp-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(m.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(m.date))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(cite(m.citation))}`,
      'TRANSP:TRANSPARENT',
    );
    if (isLastDay(m.kind)) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P2D', `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
