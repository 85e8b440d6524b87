// The string formats of the schemas, as plain patterns (one source, in core): the run-time code (issue
// mapping, instants) reads them without loading TypeBox, which is only needed to generate validators and types.
export { ISO_DATE_PATTERN, ISO_DATETIME_PATTERN, ISO_MONTH_PATTERN } from '../core/iso-formats.js';
