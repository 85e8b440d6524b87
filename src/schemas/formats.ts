// The string formats of the schemas, as plain patterns: the run-time code (issue mapping) reads them
// without loading TypeBox, which is only needed to generate validators and types.
export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const ISO_DATETIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}';
export const ISO_MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
