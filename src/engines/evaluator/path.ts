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

/**
 * A fact's value at a rule's path, as json-rules-engine reads it (the reference evaluator): the path is
 * applied to an object only; a fact that is not an object (`null`, a text) is its own value at any path.
 */
export function factAt(value: unknown, path: string | undefined): unknown {
  return path && value !== null && typeof value === 'object' ? resolvePath(value, path) : value;
}
