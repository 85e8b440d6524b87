import { LpNormError } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';
import type { ParameterValue, RuleDefinition, RuleSetDefinition } from '../schemas/rule-set.js';

/**
 * `null` asks for the latest known version, which the trace then states.
 * @inline
 */
export type AsOf = IsoDate | null;

/**
 * The parameters of a norm family as applied: the reference date, each value in force, and its version.
 * @inline
 */
export interface ResolvedParameters {
  asOf: AsOf;
  values: Readonly<Record<string, ParameterValue['value']>>;
  versions: Readonly<Record<string, ParameterValue>>;
}

const inForce = (v: { validFrom: string; validTo?: string | undefined }, asOf: IsoDate): boolean =>
  v.validFrom <= asOf && (v.validTo === undefined || asOf <= v.validTo);

function noNorm(set: RuleSetDefinition, what: { fr: string; en: string; id: string }, asOf: IsoDate): LpNormError {
  return new LpNormError(
    'NO_NORM_IN_FORCE',
    {
      fr: `Aucune version ${what.fr} (${set.source.document}) n'est en vigueur le ${asOf}.`,
      en: `No version of ${what.en} (${set.source.document}) is in force on ${asOf}.`,
    },
    { ruleSet: set.id, norm: what.id, asOf },
  );
}

/** The version of a dated history in force at `asOf` (validFrom ≤ asOf ≤ validTo), or the latest one. */
export function versionAt<T extends { validFrom: string; validTo?: string | undefined }>(history: readonly T[], asOf: AsOf): T | undefined {
  if (asOf === null) return history[history.length - 1];
  return history.find((v) => inForce(v, asOf));
}

/** Picks each parameter's value in force; throws `NO_NORM_IN_FORCE` when one has none. */
export function resolveParameters(set: RuleSetDefinition, asOf: AsOf): ResolvedParameters {
  const values: Record<string, ParameterValue['value']> = {};
  const versions: Record<string, ParameterValue> = {};
  for (const [name, p] of Object.entries(set.parameters)) {
    const v = versionAt(p.values, asOf);
    if (v === undefined) throw noNorm(set, { fr: `du paramètre ${name}`, en: `parameter ${name}`, id: name }, asOf ?? '');
    values[name] = v.value;
    versions[name] = v;
  }
  // Shared by every evaluation of a compiled plan and handed to callers in each result: frozen, so that
  // no caller can change the norms the next evaluation applies.
  return Object.freeze({ asOf, values: Object.freeze(values), versions: Object.freeze(versions) });
}

/**
 * The rules in force at `asOf` (all whose period covers it). With `null`, the latest known version of
 * each rule, as for parameters: a rule is left out only when another rule starts after it ended (it was
 * replaced); a rule that ended with no successor is still its own latest version.
 */
export function rulesInForce(set: RuleSetDefinition, asOf: AsOf): RuleDefinition[] {
  const rules =
    asOf === null
      ? set.rules.filter((r) => r.validTo === undefined || set.rules.every((o) => o.validFrom <= r.validTo!))
      : set.rules.filter((r) => inForce(r, asOf));
  if (rules.length === 0) throw noNorm(set, { fr: `des règles ${set.id}`, en: `the rules ${set.id}`, id: set.id }, asOf ?? '');
  return rules;
}
