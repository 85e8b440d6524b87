/**
 * Freezes a value and everything it holds, and returns it. What the SDK shares between calls (loaded norms,
 * the holiday table, a result's provenance) is frozen, so that a caller who edits one result never changes
 * the next. Stops at what is already frozen: a shared part is walked once.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
