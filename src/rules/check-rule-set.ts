import { LpNormError } from '../core/errors.js';
import { parseIsoDate } from '../core/dates.js';
import type { Localized } from '../core/localized.js';
import type { Condition, LeafCondition, Parameter, RuleSetDefinition } from '../schemas/rule-set.js';

/** The fact name under which a rule reads its dated parameters: `{ "fact": "params", "path": "$.onlineLimit" }`. */
export const PARAMS_FACT = 'params';

// Declared names are own keys: a fact or parameter named `constructor` is not declared by the prototype.
const declared = (names: object, name: string): boolean => Object.prototype.hasOwnProperty.call(names, name);

const DECIMAL_OPERATORS = new Set(['decimalLessThan', 'decimalLessThanInclusive', 'decimalGreaterThan', 'decimalGreaterThanInclusive']);

/** Every leaf of a condition tree, depth first, in file order. */
export function leavesOf(c: Condition): LeafCondition[] {
  if ('all' in c) return c.all.flatMap(leavesOf);
  if ('any' in c) return c.any.flatMap(leavesOf);
  if ('not' in c) return leavesOf(c.not);
  return [c];
}

/** The fact a leaf's value refers to (`{ fact, path? }`) instead of a literal (a scalar or a list), if it does. */
export function factRef(value: LeafCondition['value']): { fact: string; path?: string | undefined } | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

/** The parameter a value refers to (`{ fact: "params", path: "$.name" }`), if it does. */
export function parameterRef(value: LeafCondition['value']): string | null {
  const ref = factRef(value);
  return ref !== null && ref.fact === PARAMS_FACT ? (ref.path?.slice(2) ?? null) : null;
}

/** Whether a parameter value is of the parameter's kind (a list of texts, an integer, `HH:mm`…). */
export function valueFitsKind(kind: Parameter['kind'], value: unknown): boolean {
  switch (kind) {
    case 'list':
      return Array.isArray(value) && value.every((x) => typeof x === 'string');
    case 'periods':
      return Array.isArray(value) && value.every((x) => typeof x === 'object');
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'time':
      return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
    default:
      return typeof value === 'string';
  }
}

/**
 * What JSON Schema cannot say about a norm file: ids unique and namespaced, dated histories ordered
 * without overlap, every fact and parameter referenced declared, list operators given lists.
 * Returns the problems found, in French and English (empty when the file is sound).
 */
export function ruleSetProblemsLocalized(set: RuleSetDefinition): Localized[] {
  const problems: Localized[] = [];
  const add = (where: Localized, fr: string, en: string): void => {
    problems.push({ fr: `${where.fr} : ${fr}`, en: `${where.en}: ${en}` });
  };
  const dateOk = (d: string | undefined, where: Localized): void => {
    if (d !== undefined && parseIsoDate(d) === null) add(where, `${d} n'est pas une date du calendrier`, `${d} is not a calendar date`);
  };
  // A dated parameter version and a rule: both dates real, the end not before the start.
  const periodOk = (validFrom: string, validTo: string | undefined, where: Localized): void => {
    dateOk(validFrom, where);
    dateOk(validTo, where);
    if (validTo !== undefined && validTo < validFrom) add(where, 'validTo antérieur à validFrom', 'validTo before validFrom');
  };
  for (const [name, p] of Object.entries(set.parameters)) {
    let previousEnd: string | undefined;
    p.values.forEach((v, i) => {
      const where = { fr: `paramètre ${name}[${i}]`, en: `parameter ${name}[${i}]` };
      periodOk(v.validFrom, v.validTo, where);
      if (i > 0 && (previousEnd === undefined || v.validFrom <= previousEnd)) {
        add(
          where,
          'chevauche la version précédente (une abrogation est une fin datée, puis une nouvelle entrée)',
          'overlaps the previous version (a repeal is a dated end, then a new entry)',
        );
      }
      if (!valueFitsKind(p.kind, v.value)) add(where, `la valeur ne correspond pas au type ${p.kind}`, `value does not fit kind ${p.kind}`);
      previousEnd = v.validTo;
    });
  }
  const ids = new Set<string>();
  for (const rule of set.rules) {
    const where = { fr: `règle ${rule.id}`, en: `rule ${rule.id}` };
    if (ids.has(rule.id)) add(where, 'identifiant en double', 'duplicate id');
    ids.add(rule.id);
    if (!rule.id.startsWith(`${set.id}.`)) add(where, `l'identifiant doit commencer par "${set.id}."`, `id must start with "${set.id}."`);
    periodOk(rule.validFrom, rule.validTo, where);
    for (const leaf of leavesOf(rule.conditions)) {
      if (!declared(set.facts, leaf.fact)) add(where, `le fait ${leaf.fact} n'est pas déclaré`, `fact ${leaf.fact} is not declared`);
      const value = leaf.value;
      const param = parameterRef(value);
      const ref = factRef(value);
      if (ref !== null && ref.fact !== PARAMS_FACT && !declared(set.facts, ref.fact)) add(where, `le fait ${ref.fact} n'est pas déclaré`, `fact ${ref.fact} is not declared`);
      if (ref !== null && ref.fact === PARAMS_FACT && (param === null || !declared(set.parameters, param))) {
        add(where, `le paramètre ${ref.path ?? '(sans chemin)'} n'est pas déclaré`, `parameter ${ref.path ?? '(no path)'} is not declared`);
      }
      const paramKind = param !== null ? set.parameters[param]?.kind : undefined;
      if ((leaf.operator === 'in' || leaf.operator === 'notIn') && !(Array.isArray(value) || paramKind === 'list')) {
        add(where, `${leaf.operator} exige une liste`, `${leaf.operator} needs a list`);
      }
      if (DECIMAL_OPERATORS.has(leaf.operator) && paramKind !== undefined && paramKind !== 'decimal' && paramKind !== 'integer') {
        add(where, `${leaf.operator} compare à un paramètre de type ${paramKind}`, `${leaf.operator} compares with a ${paramKind} parameter`);
      }
    }
  }
  if (set.editions !== undefined) {
    const declared = new Set<string>();
    set.editions.forEach((e) => {
      const where = { fr: `édition ${e.edition}`, en: `edition ${e.edition}` };
      if (declared.has(e.edition)) add(where, 'déclarée deux fois', 'declared twice');
      declared.add(e.edition);
      periodOk(e.validFrom, e.validTo, where);
      dateOk(e.verifiedOn, where);
    });
    const used = new Set(Object.values(set.parameters).flatMap((p) => p.values.flatMap((v) => (v.version ? [v.version] : []))));
    for (const version of used) {
      if (!declared.has(version)) add({ fr: `version ${version}`, en: `version ${version}` }, "n'est pas déclarée dans editions", 'is not declared in editions');
    }
  }
  if (declared(set.facts, PARAMS_FACT)) {
    problems.push({ fr: `le nom de fait "${PARAMS_FACT}" est réservé aux paramètres`, en: `fact name "${PARAMS_FACT}" is reserved for parameters` });
  }
  return problems;
}

/** `ruleSetProblemsLocalized`, in English. */
export function ruleSetProblems(set: RuleSetDefinition): string[] {
  return ruleSetProblemsLocalized(set).map((p) => p.en);
}

/** Throws `NORM_INVALID` listing every problem of a norm file. */
export function assertSoundRuleSet(set: RuleSetDefinition): void {
  const problems = ruleSetProblemsLocalized(set);
  if (problems.length > 0) {
    throw new LpNormError(
      'NORM_INVALID',
      {
        fr: `Fichier de normes ${set.id} invalide : ${problems.map((p) => p.fr).join(' ; ')}`,
        en: `Invalid norm file ${set.id}: ${problems.map((p) => p.en).join('; ')}`,
      },
      { ruleSet: set.id },
    );
  }
}
