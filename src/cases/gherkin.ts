import type { Localized } from '../core/localized.js';
import { GIVENS, normalize, type Facts } from './facts.js';
import { FIGURES, REFUSAL, type Figure } from './figures.js';
import type { Case, CaseProblem, Expected, Operation } from './model.js';
import { inputOf, readQuestion, type Question } from './question.js';
import { QUESTIONS, type Question as Asked, type QuestionId } from './questions.js';
import { answerOf, inputOf as askedInput, questionNamed, readAnswer } from './ask.js';
import { readAmount, readDate } from './swiss.js';

type Kind = 'given' | 'when' | 'then' | 'and';

interface Step {
  kind: Kind;
  text: string;
  line: number;
  table?: string[][];
}

interface Block {
  name: string;
  line: number;
  source?: string;
  steps: Step[];
}

// French Gherkin keywords (Cucumber's `fr` dialect); « Et », « Mais » and « * » repeat the previous kind.
const KEYWORDS: [RegExp, Kind][] = [
  [/^(?:Soit|Sachant que|Sachant qu'|Étant donné que|Étant donné qu'|Étant donnée?s?|Etant donné que|Etant donné qu'|Etant donnée?s?)(?:\s+|(?<='))(.*)$/, 'given'],
  [/^(?:Quand|Lorsque|Lorsqu')(?:\s+|(?<='))(.*)$/, 'when'],
  [/^(?:Alors|Donc)\s+(.*)$/, 'then'],
  [/^(?:Et que|Et qu'|Et|Mais que|Mais qu'|Mais|\*)(?:\s+|(?<='))(.*)$/, 'and'],
];
const SECTION = /^(Fonctionnalité|Contexte|Scénario|Scenario|Exemple|Plan du [sS]cénario|Plan du [sS]cenario|Exemples|Règle)\s*:\s*(.*)$/;
const SOURCE = /^Sources?\s*:\s*(.+)$/i;

const say = (fr: string, en: string): Localized => ({ fr, en });

/**
 * Reads a case file in French Gherkin (`# language: fr`): a « Fonctionnalité: », an optional « Contexte: »
 * whose steps open every scenario, and « Scénario: » blocks of « Soit … / Et … » facts, one « Quand … »
 * and « Alors … » figures; « Source: DCSO/127/2024 » under a scenario (or the feature) names its decision.
 * Every problem is collected, with its line.
 */
export function parseGherkin(text: string, file: string): { cases: Case[]; problems: CaseProblem[] } {
  const problems: CaseProblem[] = [];
  const problem = (line: number, m: Localized): void => void problems.push({ file, line, message: m });
  let feature: { name: string; source?: string } | undefined;
  let background: Block | undefined;
  const scenarios: Block[] = [];
  let current: Block | undefined;
  let lastStep: Step | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, k) => {
    const line = k + 1;
    const t = raw.trim();
    if (t === '') return;
    const language = /^#\s*language\s*:\s*(\S+)/.exec(t);
    if (language !== null && language[1] !== 'fr') problem(line, say(`seul le français est pris en charge : « # language: fr », trouvé « ${language[1]} »`, `only French is supported: "# language: fr", found "${language[1]}"`));
    if (t.startsWith('#') || t.startsWith('@')) return;
    if (t.startsWith('"""') || t.startsWith('```')) return problem(line, say('les blocs de texte (""") ne sont pas pris en charge ; écrire un tableau « | … | »', 'doc strings (""") are not supported; write a table "| … |"'));
    if (t.startsWith('|')) {
      if (lastStep === undefined) return problem(line, say('un tableau suit une étape (« Et les charges suivantes : »)', 'a table follows a step ("Et les charges suivantes :")'));
      const cells = t.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      (lastStep.table ??= []).push(cells);
      return;
    }
    const section = SECTION.exec(t);
    if (section !== null) {
      lastStep = undefined;
      const [, word, name] = section;
      if (word === 'Fonctionnalité') {
        if (feature !== undefined) return problem(line, say('une seule « Fonctionnalité: » par fichier', 'one "Fonctionnalité:" per file'));
        feature = { name: name! };
        return;
      }
      if (feature === undefined) problem(line, say('attendu « Fonctionnalité: … » en tête du fichier', 'expected "Fonctionnalité: …" at the top of the file'));
      if (/^(Plan|Exemples|Règle)/.test(word!)) return problem(line, say(`« ${word}: » n'est pas pris en charge : un « Scénario: » par cas (ou un fichier CSV, une ligne par cas)`, `"${word}:" is not supported: one "Scénario:" per case (or a CSV file, one row per case)`));
      current = { name: name || '(sans nom)', line, steps: [] };
      if (word === 'Contexte') {
        if (background !== undefined || scenarios.length > 0) problem(line, say('« Contexte: » vient une fois, avant les scénarios', '"Contexte:" comes once, before the scenarios'));
        background = current;
      } else scenarios.push(current);
      return;
    }
    const source = SOURCE.exec(t);
    if (source !== null) {
      if (current !== undefined && current !== background) current.source = source[1]!.trim();
      else if (feature !== undefined) feature.source = source[1]!.trim();
      return;
    }
    for (const [re, kind] of KEYWORDS) {
      const m = re.exec(t);
      if (m === null) continue;
      if (current === undefined) return problem(line, say('une étape vient dans un « Scénario: » (ou le « Contexte: »)', 'a step belongs in a "Scénario:" (or the "Contexte:")'));
      lastStep = { kind, text: normalize(m[1]!), line };
      current.steps.push(lastStep);
      return;
    }
    // Free text under a title is its description (Gherkin); after a step it is a mistake.
    if (current !== undefined && current.steps.length > 0) {
      problem(line, say(`ligne non reconnue « ${t} » ; attendu une étape (Soit, Et, Quand, Alors), un tableau « | … | » ou « Source: … »`, `unrecognised line "${t}"; expected a step (Soit, Et, Quand, Alors), a table "| … |" or "Source: …"`));
    } else if (feature === undefined) problem(line, say(`attendu « Fonctionnalité: … », trouvé « ${t} »`, `expected "Fonctionnalité: …", found "${t}"`));
  });
  if (feature === undefined && problems.length === 0) problem(1, say('attendu « Fonctionnalité: … » puis des « Scénario: »', 'expected "Fonctionnalité: …" then "Scénario:" blocks'));
  else if (scenarios.length === 0 && problems.length === 0) problem(lines.length, say('aucun « Scénario: » dans ce fichier', 'no "Scénario:" in this file'));
  const cases = scenarios.flatMap((s) => {
    const c = compile(s, background, feature!, file, problem);
    return c === null ? [] : [c];
  });
  return { cases, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The three phrases sharing the most words with what was written: what the author most likely meant. */
function nearest(text: string, phrases: readonly string[]): string {
  const words = new Set(text.toLowerCase().split(/[\s']+/).filter((w) => w.length > 2));
  const score = (p: string) => p.toLowerCase().split(/[\s']+/).filter((w) => words.has(w)).length;
  return [...phrases].sort((a, b) => score(b) - score(a)).slice(0, 3).map((p) => `« ${p} »`).join(', ');
}
const THEN_EXAMPLES = ["le minimum vital est de 3'305.60 CHF", "le délai d'opposition échoit le mercredi 15.04.2026", 'le calcul est refusé pour le motif HOUSEHOLD_SINGLE_WITH_CHILD'];

/** One scenario as a case: its facts applied in order, its question, its expected figures. */
function compile(s: Block, background: Block | undefined, feature: { name: string; source?: string }, file: string, problem: (line: number, m: Localized) => void): Case | null {
  const facts: Facts = { expenses: {} };
  const used: { operation: Operation; line: number; text: string }[] = [];
  const expected: (Expected & { figure: string })[] = [];
  let question: Question | undefined;
  // A « Quand » that did not read: its « Alors » are not judged again (one problem, where it is).
  let unreadWhen = false;
  let thens = 0;
  // A fact that did not read may be the household: « le ménage manque » would then be a second, wrong problem.
  let unreadFact = false;
  let kind: Kind | undefined;
  let failed = false;
  // A function of the table of questions (« Quand on vérifie « paiement en ligne » ») and its « colonne : valeur » facts.
  let asked: Asked | undefined;
  const cells: { column: string; value: string; line: number; text: string }[] = [];
  const fail = (line: number, m: Localized): void => {
    failed = true;
    problem(line, m);
  };
  for (const step of [...(background?.steps ?? []), ...s.steps]) {
    if (step.kind !== 'and') kind = step.kind;
    else if (kind === undefined) {
      fail(step.line, say('« Et » suit une étape « Soit », « Quand » ou « Alors »', '"Et" follows a "Soit", "Quand" or "Alors" step'));
      continue;
    }
    if (kind === 'given') {
      if (question !== undefined) fail(step.line, say('les faits (« Soit », « Et ») se donnent avant le « Quand »', 'facts ("Soit", "Et") come before the "Quand"'));
      const given = GIVENS.map((g) => ({ g, m: new RegExp(g.phrase.source, 'i').exec(step.text) })).find((x) => x.m !== null);
      const cell = /^(.+?)\s*:\s*(.+)$/.exec(step.text);
      if (given === undefined && cell !== null) {
        // « Soit montant : 1'000.01 »: a column of a function of the table, read once the « Quand » names it.
        cells.push({ column: cell[1]!, value: cell[2]!, line: step.line, text: step.text });
        continue;
      }
      if (given === undefined) {
        unreadFact = true;
        const near = nearest(step.text, GIVENS.map((g) => g.example));
        fail(step.line, say(`fait non reconnu « ${step.text} » ; attendu p. ex. ${near} (toutes les phrases : docs/guide/cases.md)`, `unrecognised fact "${step.text}"; expected e.g. ${near} (every phrase: docs/guide/cases.md)`));
        continue;
      }
      if (given.g.table && (step.table === undefined || step.table.length < 2)) {
        fail(step.line, say('un tableau est attendu sous cette ligne : une ligne d\'en-tête, puis une ligne par élément', 'a table is expected below this line: a header row, then one row per item'));
        continue;
      }
      if (!given.g.table && step.table !== undefined) fail(step.line, say('pas de tableau sous cette étape', 'no table under this step'));
      const p = given.g.apply(facts, given.m!, step.table?.slice(1));
      if (p !== null) {
        unreadFact = true;
        fail(step.line, p);
      }
      if (given.g.operation !== 'both') used.push({ operation: given.g.operation, line: step.line, text: step.text });
    } else if (kind === 'when') {
      if (question !== undefined || unreadWhen) {
        fail(step.line, say('un seul « Quand » par scénario', 'one "Quand" per scenario'));
        continue;
      }
      const q = readQuestion(step.text);
      const named = /^on (?:calcule|vérifie|demande|examine)\s*:?\s*(?:la |le |l'|les )?«?\s*(.+?)\s*»?$/i.exec(step.text);
      const other = 'operation' in q || named === null ? undefined : questionNamed(named[1]!);
      if ('operation' in q) question = q;
      else if (other !== undefined) {
        asked = other;
        question = { operation: other.id, on: '' };
      } else {
        unreadWhen = true;
        fail(step.line, q);
      }
    } else {
      thens++;
      if (unreadWhen) continue;
      if (question === undefined) {
        fail(step.line, say('« Alors » vient après un « Quand »', '"Alors" comes after a "Quand"'));
        continue;
      }
      const e = asked === undefined ? readExpected(step.text, question.operation) : readAskedAnswer(asked, step.text);
      if ('figure' in e) expected.push({ ...e, line: step.line });
      else fail(step.line, e);
    }
  }
  if (unreadWhen) return null;
  const input: Record<string, unknown> = {};
  for (const c of asked === undefined ? cells : []) {
    unreadFact = true;
    const near = nearest(c.text, GIVENS.map((g) => g.example));
    fail(c.line, say(`fait non reconnu « ${c.text} » ; attendu p. ex. ${near} (ou, avec « Quand on vérifie « paiement en ligne » », les colonnes de cette fonction : docs/cases.md)`, `unrecognised fact "${c.text}"; expected e.g. ${near} (or, with « Quand on vérifie « paiement en ligne » », that function's columns: docs/cases.md)`));
  }
  const a = asked;
  if (a !== undefined) for (const c of cells) mergeDeep(input, askedInput(a, new Map([[c.column, c.value]]), (m) => fail(c.line, m)));
  if (asked !== undefined && facts.interpretation !== undefined) input.interpretation = facts.interpretation;
  if (question === undefined) fail(s.line, say('ce scénario n\'a pas de « Quand » (p. ex. « Quand on calcule le minimum vital au 04.01.2027 »)', 'this scenario has no "Quand" (e.g. "Quand on calcule le minimum vital au 04.01.2027")'));
  else {
    if (thens === 0) fail(s.line, say(`ce scénario n'attend aucun chiffre ; attendu p. ex. « Alors ${THEN_EXAMPLES[0]} »`, `this scenario expects no figure; expected e.g. "Alors ${THEN_EXAMPLES[0]}"`));
    for (const u of used.filter((x) => x.operation !== question!.operation)) {
      fail(u.line, say(`« ${u.text} » ne sert pas à ce calcul (${WHAT[question.operation].fr})`, `"${u.text}" plays no part in this computation (${WHAT[question.operation].en})`));
    }
    if (question.operation === 'seizure') {
      if (facts.household === undefined && !unreadFact) fail(s.line, say('le ménage manque (p. ex. « Soit un débiteur seul »)', 'the household is missing (e.g. "Soit un débiteur seul")'));
      const quota = expected.find((e) => FIGURES.find((f) => f.id === e.figure)?.part === 'quota');
      if (quota !== undefined && facts.netIncome === undefined) fail(quota.line, say("ce chiffre demande le revenu net (« Et un revenu net de 3'551.85 CHF »)", "this figure needs the net income (\"Et un revenu net de 3'551.85 CHF\")"));
    }
  }
  if (failed) return null;
  const source = s.source ?? feature.source;
  if (asked !== undefined) return { file, line: s.line, name: s.name, feature: feature.name, ...(source !== undefined ? { source } : {}), operation: asked.id, input, expected };
  return { file, line: s.line, name: s.name, feature: feature.name, ...(source !== undefined ? { source } : {}), operation: question!.operation, input: inputOf(question!, facts), expected };
}

const WHAT: Record<Operation, Localized> = {
  ...(Object.fromEntries(QUESTIONS.map((q) => [q.id, q.label])) as Record<QuestionId, Localized>),
  seizure: { fr: 'le minimum vital', en: 'the minimum vital' },
  deadlines: { fr: 'les délais du commandement de payer', en: 'the deadlines of the payment order' },
};

/** An « Alors » phrase as an expected figure, its value read as lawyers write it. */
export function readExpected(text: string, operation: Operation): Omit<Expected, 'line'> | Localized {
  const refusal = new RegExp(REFUSAL.phrase.source, 'i').exec(text);
  if (refusal !== null) return { figure: REFUSAL.id, value: refusal[1]!.toUpperCase() };
  const hit = FIGURES.map((f) => ({ f, m: new RegExp(f.phrase.source, 'i').exec(text) })).find((x) => x.m !== null);
  if (hit === undefined) {
    return say(
      `chiffre attendu non reconnu « ${text} » ; attendu p. ex. ${THEN_EXAMPLES.map((e) => `« ${e} »`).join(', ')}`,
      `unrecognised expected figure "${text}"; expected e.g. ${THEN_EXAMPLES.map((e) => `"${e}"`).join(', ')}`,
    );
  }
  if (hit.f.operation !== operation) return say(`« ${hit.f.label.fr} » ne se calcule pas ici (${WHAT[operation].fr})`, `"${hit.f.label.en}" is not computed here (${WHAT[operation].en})`);
  const r = readValue(hit.f, hit.m![1]!);
  return r.ok ? { figure: hit.f.id, value: r.value } : r.problem;
}

/** A figure's value in a case (a cell, a phrase), read by its kind. */
export function readValue(f: Figure, text: string): { ok: true; value: string } | { ok: false; problem: Localized } {
  if (f.kind === 'amount') return readAmount(text);
  if (f.kind === 'date') return readDate(text);
  return { ok: true, value: text.trim() };
}

/** Nested input objects merged (two cells may fill /target/kind and /target/balance). */
function mergeDeep(into: Record<string, unknown>, more: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(more)) {
    const old = into[k];
    into[k] = old !== null && typeof old === 'object' && !Array.isArray(old) && v !== null && typeof v === 'object' && !Array.isArray(v) ? mergeDeep(old as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return into;
}

/** « Alors décision : refusé », « Et motifs : AMOUNT_ABOVE_LIMIT », or a refusal, for a function of the table. */
function readAskedAnswer(q: Asked, text: string): Omit<Expected, 'line'> | Localized {
  const refusal = new RegExp(REFUSAL.phrase.source, 'i').exec(text);
  if (refusal !== null) return { figure: REFUSAL.id, value: refusal[1]!.toUpperCase() };
  const m = /^(?:(?:le |la |les |l')?(.+?)\s*(?::|=)\s*|(?:le |la |les |l')?(.+?) (?:est|sont|est le|échoit le) )(.+)$/i.exec(text);
  const answer = m === null ? undefined : answerOf(q, (m[1] ?? m[2])!);
  if (answer === undefined) {
    const ids = q.answers.map((a) => `« ${a.id} : … »`).join(', ');
    return say(`réponse attendue non reconnue « ${text} » ; attendu : ${ids}`, `unrecognised expected answer "${text}"; expected: ${ids}`);
  }
  const r = readAnswer(answer, m![3]!);
  return r.ok ? { figure: answer.id, value: r.value } : r.problem;
}
