import { deepFreeze } from '../../core/deep-freeze.js';
import { canonicalJson, sha256Hex } from '../../core/sha256.js';
import type { TraceStep } from '../../core/trace.js';
import { rulesInForce, versionAt } from '../../rules/parameters.js';
import type { RuleSet } from '../../rules/rule-set.js';
import { ruleWithoutTexts, valueWithoutTexts } from '../../rules/norm-texts.js';
import type { EditionInfo, RuleSetDefinition } from '../../schemas/rule-set.js';
import type { ResolvedParameters } from '../../rules/parameters.js';

declare const __LP_RULES_VERSION__: string | undefined;

/** This package and its version, as results name it ("lp-rules@1.2.0"); replaced at build time. */
export const PACKAGE_ID = `lp-rules@${typeof __LP_RULES_VERSION__ === 'string' ? __LP_RULES_VERSION__ : '0.0.0-dev'}`;

/** One norm family as applied to a result: which editions, their status, where they came from. */
export interface AppliedFamily {
  /** The family's id, e.g. "seizure.minimum-vital". */
  family: string;
  /** The source the family implements and its edition, e.g. "LP (consolidated version of 1.1.2026)". */
  source: string;
  /** The editions whose values were applied (families kept by edition, such as the NI), with their status. */
  editions: { edition: string; status: 'official' | 'provisional'; origin?: string }[];
  /** The file the family was loaded from, when it is not the package's own. */
  origin?: string;
  /** No version covered the reference date: the latest known one was applied (`latestKnownNorms`). */
  latestKnown?: true;
}

/**
 * Where a result comes from, to reproduce and audit it years later: the package, the norms applied
 * (editions and status), and a fingerprint of their content in force (SHA-256 of canonical JSON).
 */
export interface Provenance {
  /** e.g. "lp-rules@0.2.0". */
  package: string;
  norms: AppliedFamily[];
  /** Some norm applied is a provisional edition (a draft, or values not checked against the official text). */
  provisional: boolean;
  /** Some norm was applied past its period, as the latest known version (`latestKnownNorms`). */
  latestKnown: boolean;
  /**
   * "sha256:…" of what the norms in force say (rules, values, citations, wording; not the quotes and notes
   * beside them): the same norms always give the same fingerprint, any change of a rule, a value or a
   * citation another.
   */
  fingerprint: string;
}

/** What provenance reads of a compiled plan (structural, so compiled.ts may import this module). */
export interface ProvenancePlan {
  readonly set: RuleSetDefinition;
  readonly parameters: ResolvedParameters;
}

interface PlanFacts {
  applied: AppliedFamily;
  hash: string;
}

const byPlan = new WeakMap<ProvenancePlan, PlanFacts>();

/** What a compiled plan applies, and the hash of its content in force; computed once per plan (norm period). */
function planFacts(plan: ProvenancePlan): PlanFacts {
  let facts = byPlan.get(plan);
  if (facts !== undefined) return facts;
  const { set } = plan;
  // Plans are compiled from loaded families (`RuleSet`), which name the file they came from, if any.
  const origin = (set as Partial<RuleSet>).origin;
  const asOf = plan.parameters.asOf;
  const parameters: Record<string, unknown> = {};
  const versions = new Set<string>();
  for (const [name, p] of Object.entries(set.parameters)) {
    const v = versionAt(p.values, asOf);
    parameters[name] = v === undefined ? null : valueWithoutTexts(v);
    if (v?.version !== undefined) versions.add(v.version);
  }
  const editionsUsed: EditionInfo[] = [...versions].map((name) => set.editions?.find((e) => e.edition === name) ?? { edition: name, status: 'official', validFrom: '' });
  const applied: AppliedFamily = {
    family: set.id,
    source: `${set.source.document} (${set.source.edition})`,
    editions: editionsUsed.map((e) => ({ edition: e.edition, status: e.status, ...(e.origin !== undefined ? { origin: e.origin } : {}) })),
    ...(origin !== undefined ? { origin } : {}),
  };
  // What the norms say, not when they were checked, which file carried them or the words beside them
  // (quotes, notes: the package's own families reach calculators without them): a re-verification, a
  // renamed file or a corrected quote keeps the fingerprint; any change of a rule, a value or a source does not.
  const { verifiedOn: _checked, ...source } = set.source as typeof set.source & { verifiedOn?: string };
  const editions = editionsUsed.map(({ verifiedOn: _v, origin: _o, ...e }) => e);
  const content = { id: set.id, source, editions, rules: rulesInForce(set, asOf).map(ruleWithoutTexts), parameters };
  facts = { applied, hash: sha256Hex(canonicalJson(content)) };
  byPlan.set(plan, facts);
  return facts;
}

const combined = new Map<string, Provenance>();

/**
 * The provenance of a result computed with these plans (one per norm family used, in a fixed order).
 * `latestKnown` marks the plans applied past their period. Results share one frozen object per case.
 */
export function provenanceOf(plans: readonly ProvenancePlan[], latestKnown: ReadonlySet<ProvenancePlan> = new Set()): Provenance {
  const facts = plans.map(planFacts);
  const key = facts.map((f, k) => (latestKnown.has(plans[k]!) ? `~${f.hash}` : f.hash)).join(',');
  let p = combined.get(key);
  if (p === undefined) {
    const norms = facts.map((f, k) => (latestKnown.has(plans[k]!) ? { ...f.applied, latestKnown: true as const } : f.applied));
    p = deepFreeze({
      package: PACKAGE_ID,
      norms,
      provisional: norms.some((n) => n.editions.some((e) => e.status === 'provisional')),
      latestKnown: norms.some((n) => n.latestKnown === true),
      fingerprint: `sha256:${sha256Hex(key)}`,
    });
    if (combined.size > 1000) combined.clear();
    combined.set(key, p);
  }
  return p;
}


/**
 * The trace step that says so when a result rests on a provisional edition or on norms applied past
 * their period — never silent. `null` when the norms applied are official and in force.
 */
export function provenanceStep(p: Provenance): TraceStep | null {
  if (!p.provisional && !p.latestKnown) return null;
  const provisional = p.norms.flatMap((n) => n.editions.filter((e) => e.status === 'provisional').map((e) => `${e.edition}${e.origin ? ` (${e.origin})` : ''}`));
  const latest = p.norms.filter((n) => n.latestKnown).map((n) => n.family);
  const fr: string[] = [];
  const en: string[] = [];
  if (provisional.length > 0) {
    fr.push(`Édition provisoire appliquée : ${provisional.join(', ')} — à confirmer par le texte officiel.`);
    en.push(`Provisional edition applied: ${provisional.join(', ')} — to be confirmed by the official text.`);
  }
  if (latest.length > 0) {
    fr.push(`Aucune édition en vigueur à la date de référence pour ${latest.join(', ')} : la dernière connue est appliquée.`);
    en.push(`No edition in force on the reference date for ${latest.join(', ')}: the latest known one is applied.`);
  }
  return {
    rule: 'norms.provenance',
    citation: p.package,
    text: { fr: fr.join(' '), en: en.join(' ') },
    values: { provisional: p.provisional, latestKnown: p.latestKnown, fingerprint: p.fingerprint },
  };
}

/** `trace` closed by the provenance step when there is one (a provisional or carried-forward edition). */
export function tracedProvenance<T extends TraceStep[] | undefined>(trace: T, p: Provenance): T {
  const step = provenanceStep(p);
  return (step === null || trace === undefined ? trace : [...trace, step]) as T;
}
