/**
 * The JSONPath subset both evaluators share: `$.a.b` (the rule-file schema allows nothing else).
 * Own properties only, so a path can never reach `__proto__` or a prototype method.
 */
export function resolvePath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.slice(2).split('.')) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
