// The text formats of dates and instants, as plain patterns: the schemas publish them, the run-time
// code (instants, issue mapping) tests the same text, and neither needs TypeBox or luxon for it.

export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const ISO_MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
/**
 * An instant: date, `T`, hours 00–23, minutes, optional seconds and up to 9 decimals, then `Z`, a real
 * UTC offset from −14:00 to +14:00 (`±hh:mm` as RFC 3339 writes it, or `±hhmm`, ISO 8601's basic
 * form), or nothing (Zurich local time). `+24:00` or `+99:59` is no offset anywhere on Earth.
 */
export const ISO_DATETIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:(?:0\\d|1[0-3]):?[0-5]\\d|14:?00))?$';
