import type { RuleSetDefinition } from '../schemas/rule-set.js';
import { freezeRuleSet, type RuleSet } from './frozen-rule-set.js';

/**
 * A norm family of the package, frozen the first time a function asks for it. One module per
 * family (`rules/families/*`): a function reaches only the families it uses, so a bundle of
 * `validatePayment` carries no seizure norms.
 */
export interface BuiltInFamily {
  readonly id: string;
  /** The family as calculators read it: without the words beside its norms (norm-texts.ts). */
  readonly definition: RuleSetDefinition;
  load(): RuleSet;
}

export function builtInFamily(id: string, json: unknown): BuiltInFamily {
  let set: RuleSet | undefined;
  const definition = json as RuleSetDefinition;
  return { id, definition, load: () => (set ??= freezeRuleSet(definition)) };
}

/** What a function needs of a set of norms: the family with an id, if the set holds its own version of it. */
export interface NormLookup {
  /** The family with this id as these norms hold it; `undefined` when they hold none of their own. */
  family(id: string): RuleSet | undefined;
}

/** The family as `norms` hold it, else the package's own: how every function reaches its norms. */
export function familyIn(norms: NormLookup | undefined, family: BuiltInFamily): RuleSet {
  return norms?.family(family.id) ?? family.load();
}
