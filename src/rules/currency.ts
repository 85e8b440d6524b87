import { addMonthsClipped, formatIsoDate, parseIsoDate, type IsoDate } from '../core/dates.js';
import type { Localized } from '../core/localized.js';
import type { EditionInfo, Parameter, ParameterValue } from '../schemas/rule-set.js';
import { formatCitation } from './citation.js';
import { versionAt } from './parameters.js';
import type { RuleSet } from './rule-set.js';

/** Why a family needs its owners' attention on a date. */
export type CurrencyProblemCode = 'NO_NORM_IN_FORCE' | 'NO_EDITION_IN_FORCE' | 'PROVISIONAL' | 'NOT_VERIFIED';

/**
 * One reason a family needs its owners' attention, with its message.
 *
 * @example
 * normsCurrency(ruleSets, '2027-01-04').find((f) => f.family === 'seizure.minimum-vital')?.problems[0]?.code; // → 'NO_EDITION_IN_FORCE'
 */
export interface CurrencyProblem {
  code: CurrencyProblemCode;
  message: Localized;
}

/** A family's state on a date, for `lp-rules norms check`. */
export interface FamilyCurrency {
  family: string;
  title: Localized;
  /** The edition in force (families kept by edition) or the source's edition (others). */
  edition: string;
  status: 'official' | 'provisional';
  /** The day the values in force were last checked against their source; `null`: never recorded. */
  verifiedOn: IsoDate | null;
  /** Empty when the family is in force, official and verified within the period asked. */
  problems: CurrencyProblem[];
}

const inForce = (e: EditionInfo, asOf: IsoDate): boolean => e.validFrom <= asOf && (e.validTo === undefined || asOf <= e.validTo);

/**
 * The edition in force on a date, from the family's `editions` list. An edition that supersedes another
 * over part of its period comes later in the list (editions are recorded as they are applied), so the
 * last one in force wins, as its values do.
 */
function editionOn(set: RuleSet, asOf: IsoDate): EditionInfo | null {
  const editions = set.editions ?? [];
  for (let k = editions.length - 1; k >= 0; k--) if (inForce(editions[k]!, asOf)) return editions[k]!;
  return null;
}

/**
 * Which families are not ready for a date: no version in force, no edition in force (only a carry-forward
 * with `latestKnownNorms` would apply one), a provisional edition, or values not verified against their
 * source within `maxAgeMonths` before the date. Meant for an office's own CI each December.
 *
 * @example
 * normsCurrency(ruleSets, '2027-01-04').filter((f) => f.problems.some((p) => p.code === 'NO_EDITION_IN_FORCE')).map((f) => f.family); // → ['seizure.minimum-vital']
 */
export function normsCurrency(families: readonly RuleSet[], asOf: IsoDate, maxAgeMonths = 12): FamilyCurrency[] {
  const oldest = formatIsoDate(addMonthsClipped(parseIsoDate(asOf)!, -maxAgeMonths));
  return families.map((set) => {
    const problems: CurrencyProblem[] = [];
    // Parameters whose versions are named after an edition are judged by the edition in force, below;
    // a `version` that names no edition (e.g. the dated texts of LP 8a) is only a label.
    const editionNames = new Set((set.editions ?? []).map((e) => e.edition));
    const keptByEdition = (p: Parameter): boolean => p.values.some((v) => v.version !== undefined && editionNames.has(v.version));
    // Before its first version a parameter did not exist yet (LP 8a al. 3 let. d's periods before 2019): the
    // rules in force then do not read it, so only a gap or a date past its last version is missing.
    const existed = (p: Parameter): boolean => p.values.some((v) => v.validFrom <= asOf);
    const missing = Object.entries(set.parameters).filter(([, p]) => !keptByEdition(p) && existed(p) && versionAt(p.values, asOf) === undefined).map(([n]) => n);
    const rules = set.rules.filter((r) => r.validFrom <= asOf && (r.validTo === undefined || asOf <= r.validTo));
    if (missing.length > 0 || rules.length === 0) {
      const what = rules.length === 0 ? { fr: 'aucune règle', en: 'no rule' } : { fr: `paramètres ${missing.join(', ')}`, en: `parameters ${missing.join(', ')}` };
      problems.push({ code: 'NO_NORM_IN_FORCE', message: { fr: `Rien en vigueur le ${asOf} : ${what.fr}.`, en: `Nothing in force on ${asOf}: ${what.en}.` } });
    }
    const byEdition = editionNames.size > 0;
    let edition = set.source.edition;
    let status: 'official' | 'provisional' = 'official';
    let verifiedOn = set.source.verifiedOn ?? null;
    if (byEdition) {
      const e = editionOn(set, asOf);
      if (e === null) {
        const latest = set.editions?.at(-1)?.edition ?? '?';
        problems.push({
          code: 'NO_EDITION_IN_FORCE',
          message: {
            fr: `Aucune édition en vigueur le ${asOf} ; seule la reprise de la dernière connue (${latest}, option latestKnownNorms) s'appliquerait. Chargez l'édition de l'année (--norms).`,
            en: `No edition in force on ${asOf}; only carrying the latest known one forward (${latest}, latestKnownNorms) would apply. Load the year's edition (--norms).`,
          },
        });
        edition = latest;
        verifiedOn = null;
      } else {
        edition = e.edition;
        status = e.status;
        verifiedOn = e.verifiedOn ?? null;
        if (e.status === 'provisional') {
          problems.push({
            code: 'PROVISIONAL',
            message: { fr: `L'édition ${e.edition} est provisoire${e.origin ? ` (${e.origin})` : ''} : à confirmer par le texte officiel.`, en: `Edition ${e.edition} is provisional${e.origin ? ` (${e.origin})` : ''}: to be confirmed by the official text.` },
          });
        }
      }
    }
    if (problems.every((p) => p.code !== 'NO_EDITION_IN_FORCE') && (verifiedOn === null || verifiedOn < oldest)) {
      problems.push({
        code: 'NOT_VERIFIED',
        message:
          verifiedOn === null
            ? { fr: 'Aucune date de vérification enregistrée (verifiedOn).', en: 'No verification date recorded (verifiedOn).' }
            : { fr: `Vérifiée le ${verifiedOn}, il y a plus de ${maxAgeMonths} mois.`, en: `Verified on ${verifiedOn}, more than ${maxAgeMonths} months ago.` },
      });
    }
    return { family: set.id, title: set.title, edition, status, verifiedOn, problems };
  });
}

/** One parameter as applied on a date, for `lp-rules norms show`. */
export interface ParameterInForce {
  name: string;
  description: Localized;
  kind: Parameter['kind'];
  unit?: string;
  value: ParameterValue['value'] | null;
  version: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  citation: string | null;
}

/**
 * The family's parameters in force on a date (`null` where none is), in file order: `lp-rules norms show`.
 *
 * @example
 * parametersInForce(getRuleSet('seizure.minimum-vital'), '2026-06-01').find((p) => p.name === 'baseSingle')?.value; // → '1200.00'
 */
export function parametersInForce(set: RuleSet, asOf: IsoDate): ParameterInForce[] {
  return Object.entries(set.parameters).map(([name, p]) => {
    const v = versionAt(p.values, asOf);
    return {
      name,
      description: p.description,
      kind: p.kind,
      ...(p.unit !== undefined ? { unit: p.unit } : {}),
      value: v?.value ?? null,
      version: v?.version ?? null,
      validFrom: v?.validFrom ?? null,
      validTo: v?.validTo ?? null,
      citation: v ? formatCitation(v.citation) : null,
    };
  });
}
