// A small iCalendar (RFC 5545) reader for the tests: unfolds lines, reads the calendar's properties and
// each VEVENT's, with its VALARMs. Independent of the site's writer (scripts/docs/client/ics.js).

export interface IcsEvent extends Record<string, string | Record<string, string>[]> {
  alarms: Record<string, string>[];
}

export function parseIcs(text: string): Record<string, string> & { events: (Record<string, string> & { alarms: Record<string, string>[] })[] } {
  if (!text.endsWith('\r\n')) throw new Error('ics: lines end with CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const calendar: Record<string, string> = {};
  const events: (Record<string, string> & { alarms: Record<string, string>[] })[] = [];
  const stack: string[] = [];
  let event: (Record<string, string> & { alarms: Record<string, string>[] }) | null = null;
  let alarm: Record<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`ics: not a content line: ${line}`);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = { alarms: [] } as never;
      if (value === 'VALARM') alarm = {};
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`ics: END:${value} without its BEGIN`);
      if (value === 'VEVENT') events.push(event!), (event = null);
      if (value === 'VALARM') event!.alarms.push(alarm!), (alarm = null);
    } else (alarm ?? event ?? calendar)[name] = value.replace(/\\([\\;,])/g, '$1').replace(/\\n/g, '\n');
  }
  if (stack.length > 0) throw new Error(`ics: ${stack.join(', ')} not closed`);
  return Object.assign(calendar, { events });
}
