import { LpNormError } from '../core/errors.js';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../core/dates.js';
import type { Localized } from '../core/localized.js';
import type { ParameterValue, RuleDefinition, RuleSetDefinition } from '../schemas/rule-set.js';

/**
 * `null` asks for the latest known version, which the trace then states.
 * @inline
 */
export type AsOf = IsoDate | null;

/**
 * The parameters of a norm family as applied: the reference date, each value in force, and its version.
 * A parameter with no version in force is not listed (not enumerable): reading it throws
 * `NO_NORM_IN_FORCE`, so a question fails only on a parameter it uses.
 * @inline
 */
export interface ResolvedParameters {
  asOf: AsOf;
  values: Readonly<Record<string, ParameterValue['value']>>;
  versions: Readonly<Record<string, ParameterValue>>;
}

type Dated = { validFrom: string; validTo?: string | undefined };

/** Whether a dated version is in force on `asOf` (both ends included). */
export const inForce = (v: Dated, asOf: IsoDate): boolean => v.validFrom <= asOf && (v.validTo === undefined || asOf <= v.validTo);

/** The periods a dated history covers, adjacent or overlapping versions merged, in date order. */
export function coveredPeriods(history: readonly Dated[]): { from: IsoDate; to: IsoDate | null }[] {
  // Epoch days, an open end as Infinity: merging is then plain arithmetic.
  const spans = history.map((v) => [parseIsoDate(v.validFrom)!, v.validTo === undefined ? Infinity : parseIsoDate(v.validTo)!] as const).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out.map(([from, to]) => ({ from: formatIsoDate(from), to: to === Infinity ? null : formatIsoDate(to) }));
}

/** "a", "a and b", "a, b and c" (with the language's "and"). */
export function listText(parts: readonly string[], and: string): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** "dès le 2026-03-01" / "from 2026-03-01", "du 2009-07-01 au 2026-12-31" / "2009-07-01 to 2026-12-31", joined. */
export function coverageText(history: readonly Dated[]): Localized {
  const periods = coveredPeriods(history);
  return {
    fr: listText(periods.map((p) => (p.to === null ? `dès le ${p.from}` : `du ${p.from} au ${p.to}`)), 'et'),
    en: listText(periods.map((p) => (p.to === null ? `from ${p.from}` : `${p.from} to ${p.to}`)), 'and'),
  };
}

function noNorm(set: RuleSetDefinition, what: Localized & { id: string }, asOf: IsoDate, history: readonly Dated[]): LpNormError {
  const covered = coverageText(history);
  const periods = coveredPeriods(history);
  const family = { fr: `« ${set.title.fr} » (${set.source.document}, ${set.source.edition})`, en: `"${set.title.en}" (${set.source.document}, ${set.source.edition})` };
  return new LpNormError(
    'NO_NORM_IN_FORCE',
    {
      fr: `Aucune version ${what.fr} de ${family.fr} n'est en vigueur le ${asOf} ; les versions connues couvrent la période ${covered.fr}.`,
      en: `No version of ${what.en} of ${family.en} is in force on ${asOf}; the known versions cover ${covered.en}.`,
    },
    { ruleSet: set.id, norm: what.id, asOf, coveredFrom: periods[0]!.from, coveredTo: periods[periods.length - 1]!.to ?? '' },
  );
}

/** The version of a dated history in force at `asOf` (validFrom ≤ asOf ≤ validTo), or the latest one. */
export function versionAt<T extends { validFrom: string; validTo?: string | undefined }>(history: readonly T[], asOf: AsOf): T | undefined {
  if (asOf === null) return history[history.length - 1];
  return history.find((v) => inForce(v, asOf));
}

/** Whether the parameter `name` has a version in force in `p` (reading one that has none throws). */
export function hasVersion(p: ResolvedParameters, name: string): boolean {
  return Object.prototype.propertyIsEnumerable.call(p.versions, name);
}

/**
 * Picks each parameter's value in force. A parameter with none gets a getter that throws
 * `NO_NORM_IN_FORCE` naming it, its family and the dates its versions cover: it fails only when read.
 */
export function resolveParameters(set: RuleSetDefinition, asOf: AsOf): ResolvedParameters {
  const values: Record<string, ParameterValue['value']> = {};
  const versions: Record<string, ParameterValue> = {};
  for (const [name, p] of Object.entries(set.parameters)) {
    const v = versionAt(p.values, asOf);
    if (v !== undefined) {
      values[name] = v.value;
      versions[name] = v;
      continue;
    }
    const missing = {
      enumerable: false,
      get(): never {
        throw noNorm(set, { fr: `du paramètre « ${p.description.fr} » (${name})`, en: `parameter "${p.description.en}" (${name})`, id: name }, asOf!, p.values);
      },
    };
    Object.defineProperty(values, name, missing);
    Object.defineProperty(versions, name, missing);
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
  // With `null` the rule starting last is always kept: only a date can find none.
  if (rules.length === 0) throw noNorm(set, { fr: 'des règles', en: 'the rules', id: set.id }, asOf!, set.rules);
  return rules;
}
