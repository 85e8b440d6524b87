import { parseIsoDate, type IsoDate } from '../core/dates.js';
import { issue, LpInputError, LpNormError } from '../core/errors.js';
import { toZurich } from '../core/instant.js';
import { planFor } from '../engines/evaluator/plan.js';
import { PACKAGE_ID, provenanceOf } from '../engines/evaluator/provenance.js';
import { formatCitation } from '../rules/citation.js';
import { normsCurrency, parametersInForce } from '../rules/currency.js';
import type { Norms } from '../rules/norms.js';
import type { RuleSet } from '../rules/rule-set.js';

/** The date a query names (`at`), today in Geneva without one; a malformed one is an input error at `/at`. */
export function dateParameter(at: unknown): IsoDate {
  if (at === undefined) return toZurich(new Date().toISOString())!.date;
  if (typeof at !== 'string' || parseIsoDate(at) === null) throw new LpInputError([issue('/at', 'INVALID_DATE')]);
  return at;
}

/** Every norm of these norms' families, summarised (its conditions are in the published rule files). */
export function rulesOf(norms: Norms) {
  return norms.ruleSets.flatMap((set) =>
    set.rules.map((r) => ({
      id: r.id,
      ruleSet: set.id,
      title: r.title,
      citation: formatCitation(r.citation),
      validFrom: r.validFrom,
      ...(r.validTo !== undefined ? { validTo: r.validTo } : {}),
      event: r.event,
    })),
  );
}

function family(norms: Norms, id: string): RuleSet {
  const set = norms.family(id);
  if (set === undefined) {
    throw new LpNormError('UNKNOWN_RULE_SET', { fr: `Famille de normes inconnue : ${id}.`, en: `Unknown norm family: ${id}.` }, { ruleSet: id });
  }
  return set;
}

/** A family's parameters in force on a date, as `lp-rules norms show` lists them. */
export function parametersOf(norms: Norms, id: string, at: IsoDate) {
  const set = family(norms, id);
  return { family: set.id, title: set.title, at, parameters: parametersInForce(set, at) };
}

/** The fingerprint a result computed with this family on that date carries; null when nothing is in force. */
function fingerprintOf(set: RuleSet, at: IsoDate): string | null {
  try {
    return provenanceOf([planFor(set, at)]).fingerprint;
  } catch {
    return null;
  }
}

/** The editions in force on a date, each family's fingerprint, and one for them all. */
export function normsOf(norms: Norms, at: IsoDate) {
  const currency = normsCurrency(norms.ruleSets, at);
  const families = currency.map((c, k) => {
    const set = norms.ruleSets[k]!;
    return { ...c, ...(set.origin !== undefined ? { origin: set.origin } : {}), fingerprint: fingerprintOf(set, at) };
  });
  const plans = norms.ruleSets.flatMap((set) => {
    try {
      return [planFor(set, at)];
    } catch {
      return [];
    }
  });
  return { at, package: PACKAGE_ID, files: [...norms.files], fingerprint: provenanceOf(plans).fingerprint, families };
}
