/** The 26 cantons, by their official two-letter codes: the cantons whose legal holidays the SDK knows. */
export const CANTON_CODES = [
  'AG', 'AI', 'AR', 'BE', 'BL', 'BS', 'FR', 'GE', 'GL', 'GR', 'JU', 'LU', 'NE',
  'NW', 'OW', 'SG', 'SH', 'SO', 'SZ', 'TG', 'TI', 'UR', 'VD', 'VS', 'ZG', 'ZH',
] as const;

/** A canton's official two-letter code, e.g. `GE`. */
export type Canton = (typeof CANTON_CODES)[number];
