// Swiss ways of writing amounts and dates, for the documentation site: the generator (Node) and the
// pages' script (browser) share this file, so a page and its test read and write the same forms.
// Pure string work on ISO dates and decimal strings: no floats, no Date arithmetic, no time zone.

const DAYS = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function epochDay(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function parts(iso) {
  const m = ISO.exec(String(iso));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function isRealDate(y, m, d) {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return m >= 1 && m <= 12 && d >= 1 && d <= length;
}

/** "jeudi 31 décembre 2026", "mercredi 1er juillet 2026" / "Thursday 31 December 2026". */
export function longDate(iso, lang = 'fr') {
  const p = parts(iso);
  if (p === null) return String(iso);
  const [y, m, d] = p;
  const weekday = DAYS[lang][(((epochDay(y, m, d) + 3) % 7) + 7) % 7];
  const day = lang === 'fr' && d === 1 ? '1er' : String(d);
  return `${weekday} ${day} ${MONTHS[lang][m - 1]} ${y}`;
}

/** The ISO date after `iso`. */
export function nextDay(iso) {
  const [y, m, d] = parts(iso);
  if (isRealDate(y, m, d + 1)) return `${y}-${String(m).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** "31.12.2026". */
export function swissDate(iso) {
  const p = parts(iso);
  return p === null ? String(iso) : `${String(p[2]).padStart(2, '0')}.${String(p[1]).padStart(2, '0')}.${p[0]}`;
}

/**
 * A date as typed in Switzerland — "31.12.2026", "1.7.2026", "31/12/2026", or ISO "2026-12-31" — as an
 * ISO date; null when it is not a real calendar date.
 */
export function parseSwissDate(text) {
  const iso = swissDateToIso(text);
  const p = iso === null ? null : parts(iso);
  return p !== null && isRealDate(...p) ? iso : null;
}

/**
 * The ISO form of a date written "31.12.2026" (or already ISO), real or not — "30.02.2015" gives
 * "2015-02-30", for the SDK to refuse with its own issue; null when it is not written as a date.
 */
export function swissDateToIso(text) {
  const s = String(text).trim();
  const swiss = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (swiss) return `${swiss[3]}-${swiss[2].padStart(2, '0')}-${swiss[1].padStart(2, '0')}`;
  return ISO.test(s) ? s : null;
}

/** "1'200.00" from "1200.00" (or "-1200.5" → "-1'200.5"): the digits untouched, grouped by three. */
export function groupThousands(decimal) {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(String(decimal));
  if (!m) return String(decimal);
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, "'")}${m[3] ?? ''}`;
}

/** "CHF 1'200.00". */
export const chf = (decimal) => `CHF ${groupThousands(decimal)}`;

/**
 * An amount as typed in Switzerland — "1'234.50", "1’234.50", "1 234,50", "1234", "CHF 1'234.–" — as the
 * decimal string the SDK takes ("1234.50", "1234"); null when it is not an amount. The SDK still judges it
 * (a third decimal is its MONEY_PRECISION issue, not ours).
 */
export function parseSwissAmount(text) {
  let s = String(text).trim().replace(/^CHF\s*/i, '').replace(/\s*(fr\.|CHF)$/i, '');
  s = s.replace(/\.[–-]$/, '').replace(/['’\u00a0\u202f ]/g, '');
  if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}
