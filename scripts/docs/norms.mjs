// What the pages say about the norm files' data: parameter values as lawyers read them, editions, the
// rules that read a parameter, the worked examples run now. Node side of the generator.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chf } from './swiss.js';
import { esc, t, T } from './layout.mjs';

const UNITS = {
  jours: 'days', 'jours ouvrables': 'working days', 'jours civils': 'calendar days', 'jours utiles': 'working days (art. 63 LP)',
  mois: 'months', ans: 'years', 'CHF/mois': 'CHF a month', CHF: 'CHF',
};

/** A day of the year as people write it: "15.7", or "Pâques − 7" / "Easter − 7". */
function anchorText(a) {
  if ('easter' in a) {
    const n = a.easter === 0 ? '' : ` ${a.easter > 0 ? '+' : '−'} ${Math.abs(a.easter)}`;
    return T(`Pâques${n}`, `Easter${n}`);
  }
  return esc(`${a.day}.${a.month}`);
}

/** A parameter's value in words: "CHF 1'200.00 par mois", "10 jours", "oui", the féries as periods. */
export function valueHtml(p, value) {
  if (p.kind === 'periods') return value.map((x) => `${t(x.name)} : ${anchorText(x.from)} → ${anchorText(x.to)}`).join('<br>');
  if (p.kind === 'list') return value.map((x) => `<code>${esc(x)}</code>`).join(', ');
  if (p.kind === 'boolean') return value ? T('oui', 'yes') : T('non', 'no');
  if (p.kind === 'text') return `<code>${esc(value)}</code>`;
  if (p.kind === 'time') return esc(String(value).replace(':', ' h '));
  if (p.kind === 'decimal' && p.unit?.startsWith('CHF')) return `<span class="amount" data-value="${esc(value)}">${esc(chf(value))}</span>${p.unit === 'CHF/mois' ? T(' par mois', ' a month') : ''}`;
  return p.unit ? `${esc(value)} ${T(p.unit, UNITS[p.unit] ?? p.unit)}` : esc(value);
}

export const parameterFile = (familyId, name) => `parametres/${familyId}.${name}.html`;

/** Where a rule's condition names a parameter ({ fact: 'params', path: '$.name' }). */
export function parametersRead(condition, into = new Set()) {
  if (condition.all) condition.all.forEach((c) => parametersRead(c, into));
  else if (condition.any) condition.any.forEach((c) => parametersRead(c, into));
  else if (condition.not) parametersRead(condition.not, into);
  else if (condition.value && typeof condition.value === 'object' && condition.value.fact === 'params') into.add(condition.value.path.slice(2).split('.')[0]);
  return into;
}

/** Every calculator's worked examples and the rule-level ones, executed now against the built package. */
export function runExamples(lib, root) {
  const calculators = join(root, 'src/calculators');
  const camel = (s) => s.replace(/-(.)/g, (_, c) => c.toUpperCase());
  const examples = [];
  for (const dir of readdirSync(calculators).sort()) {
    let list;
    try {
      list = JSON.parse(readFileSync(join(calculators, dir, 'examples.json'), 'utf8'));
    } catch {
      continue;
    }
    const fn = lib[camel(dir)];
    for (const e of list) {
      let result;
      try {
        result = fn(e.input);
      } catch (error) {
        result = { error: { code: error.code, message: error.messages } };
      }
      examples.push({ fn: camel(dir), ...e, result });
    }
  }
  for (const e of JSON.parse(readFileSync(join(root, 'src/rules/examples.json'), 'utf8'))) {
    const result = lib.evaluate(e.ruleSet, e.facts, { asOf: e.asOf });
    examples.push({ fn: 'evaluate', ...e, input: { ruleSet: e.ruleSet, facts: e.facts, asOf: e.asOf }, result: { fired: result.fired.map((f) => f.event.type), trace: result.trace } });
  }
  return examples;
}

/** The rules an example applied: the steps of its trace where the rule fired (or that only name fired rules). */
export function examplesByRule(lib, examples) {
  const ruleIds = new Set(lib.rules.map((r) => r.id));
  const byRule = new Map();
  for (const e of examples) {
    for (const step of e.result.trace ?? []) {
      if (!ruleIds.has(step.rule) || step.values?.fired === false) continue;
      const list = byRule.get(step.rule) ?? [];
      if (!list.includes(e)) list.push(e);
      byRule.set(step.rule, list);
    }
  }
  return byRule;
}
