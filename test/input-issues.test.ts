import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { ISSUE_MESSAGES } from '../src/core/issue-codes.js';
import { expectedOf } from '../src/schemas/expected.js';
import type { Schema } from '../src/schemas/schema-validator.js';
import * as validators from '../src/schemas/validators.generated.js';

// An input error lists every issue of the input at once (a failed union hides none of its siblings), and
// every message names what is expected (the allowed values, the format, the type) and, where it is safe,
// what was received — never a card number.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const calculators = join(__dirname, '../src/calculators');
const camel = (s: string) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
const EXAMPLES = readdirSync(calculators)
  .filter((d) => d !== 'shared')
  .map((d) => [camel(d), (JSON.parse(readFileSync(join(calculators, d, 'examples.json'), 'utf8')) as { input: Json }[]).map((e) => e.input)] as const);
const call = (name: string, input: unknown) => (lib as unknown as Record<string, (i: unknown) => unknown>)[name]!(input);

function issuesOf(name: string, input: unknown): lib.Issue[] {
  try {
    call(name, input);
  } catch (e) {
    if (e instanceof lib.LpInputError) return [...e.issues];
    throw e;
  }
  return [];
}
const pathsAndCodes = (issues: lib.Issue[]) => issues.map((i) => `${i.path} ${i.code}`);

/** The JSON pointers of the leaves of a JSON value (each scalar; an empty array or object is a leaf too). */
function leaves(v: Json, at = ''): string[] {
  if (v === null || typeof v !== 'object') return [at];
  const entries = Array.isArray(v) ? v.map((x, k) => [String(k), x] as const) : Object.entries(v);
  return entries.length === 0 ? [at] : entries.flatMap(([k, x]) => leaves(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
}
function withValue(v: Json, path: string, value: unknown): Json {
  const copy = structuredClone(v);
  const segments = path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let o = copy as Record<string, unknown>;
  for (const s of segments.slice(0, -1)) o = o[s] as Record<string, unknown>;
  o[segments.at(-1)!] = value;
  return copy;
}
const leafAt = (v: Json, path: string): unknown =>
  path.split('/').slice(1).reduce<unknown>((o, s) => (o as Record<string, unknown>)[s.replace(/~1/g, '/').replace(/~0/g, '~')], v);

/** A value that no field of that kind accepts: the other JSON types, an unknown word, an impossible date (never the value itself). */
function corruptions(original: unknown): unknown[] {
  return candidates(original).filter((x) => x instanceof Date || JSON.stringify(x) !== JSON.stringify(original));
}
function candidates(original: unknown): unknown[] {
  if (typeof original === 'boolean') return ['oui', 1, null];
  if (typeof original === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(original)) return [true, new Date(Date.UTC(2026, 11, 31)), '2026-02-30', 20261231];
  if (typeof original === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(original)) return [true, new Date(), '2026-02-30T10:00'];
  return [true, [], null];
}

describe('every issue of an input at once, unions included', () => {
  it('an unknown payment method hides neither the bad instant nor the negative balance beside it', () => {
    const issues = issuesOf('validatePayment', { amount: '10', at: '2026-02-30T10:00', target: { kind: 'poursuite', balance: '-5' }, method: { type: 'cash' } });
    expect(pathsAndCodes(issues)).toEqual(['/method/type INVALID_VALUE', '/at INVALID_DATETIME', '/target/balance NEGATIVE_MONEY']);
    const method = issues.find((i) => i.path === '/method/type')!;
    expect(method.message.fr).toBe('Valeur non admise ; attendu : card, twint (reçu : « cash »).');
    expect(method.message.en).toBe('Value not allowed; expected: card, twint (received: "cash").');
  });

  it('a valid tag: the issues of its branch only, none of the other branch', () => {
    const issues = issuesOf('validatePayment', { amount: '10', office: 'OCX', method: { type: 'card', brand: 'visaa', funding: 'debit', cvv: 'x' } });
    expect(pathsAndCodes(issues)).toEqual(['/office INVALID_VALUE', '/method/cvv UNKNOWN_PROPERTY', '/method/brand INVALID_VALUE']);
    expect(issues[1]!.message.en).toBe('Unknown field; expected: only the fields type, brand, funding, issuer.');
    expect(issues[2]!.message.fr).toContain('attendu : visa, mastercard, maestro, postfinance, amex, other');
    const filing = issuesOf('oppositionDeadline', { notifiedOn: '2026-03-02', filing: { channel: 'fax', on: '2026-03-04' } });
    expect(pathsAndCodes(filing)).toEqual(['/filing/channel INVALID_VALUE']);
    expect(filing[0]!.message.en).toContain('expected: post, counter, electronic');
  });

  it('an amount-or-object union is checked as the form given: an object, its fields only', () => {
    const input = { asOf: '2026-06-01', household: { type: 'solo' }, expenses: { rent: { amount: true, proven: 'non' }, alimony: [1] } };
    const issues = issuesOf('computeMinimumVital', input);
    expect(pathsAndCodes(issues)).toEqual(['/household/type INVALID_VALUE', '/expenses/rent/amount INVALID_TYPE', '/expenses/rent/proven INVALID_TYPE', '/expenses/alimony INVALID_TYPE']);
    expect(issues[0]!.message.fr).toBe('Valeur non admise ; attendu : single, single-parent, couple, cohabiting-partner, flat-share (reçu : « solo »).');
    expect(issues[1]!.message.fr).toBe('Type de valeur incorrect ; attendu : un montant à deux décimales, p. ex. 1850.00 (texte ou nombre) (reçu : true).');
    expect(issues[2]!.message.en).toBe('Wrong value type; expected: true or false (received: "non").');
    expect(issues[3]!.message.en).toContain('expected: an amount with two decimals, e.g. 1850.00 (string or number) or an object with the fields: amount, proven, label (received: an array)');
  });

  it('a wrong item of a list hides neither the fields beside it nor the other items, each named where it was given', () => {
    // Found by the property below (seed 1290037397): a null item made the household's own checks throw.
    const input = { asOf: '2026-02-30', household: { type: 'couple' }, expenses: { healthInsurance: [null, '1.234', true, '-3'], professional: ['x'], alimony: true } };
    expect(pathsAndCodes(issuesOf('computeMinimumVital', input))).toEqual([
      '/expenses/healthInsurance/0 INVALID_TYPE',
      '/expenses/healthInsurance/2 INVALID_TYPE',
      '/expenses/alimony INVALID_TYPE',
      '/asOf INVALID_DATE',
      '/expenses/healthInsurance/1 MONEY_PRECISION',
      '/expenses/healthInsurance/3 NEGATIVE_MONEY',
      '/expenses/professional/0 INVALID_MONEY',
    ]);
  });

  it('a wrong item is taken out of its list, not left as a hole the checks would trip on; out-of-order findings map back', () => {
    // A null child: read as a hole, the household's checks would throw and the impossible dates beside it be lost.
    const child = { asOf: '2026-02-30', household: { type: 'single-parent', children: [null, { birthDate: '2020-02-30' }] } };
    expect(pathsAndCodes(issuesOf('computeMinimumVital', child))).toEqual(['/household/children/0 INVALID_TYPE', '/asOf INVALID_DATE', '/household/children/1/birthDate INVALID_DATE']);
    // A Date (found by the JSON copy, first) after a null (found by the schema): items 2 then 0 are taken out.
    const list = { asOf: '2026-06-01', household: { type: 'couple' }, expenses: { healthInsurance: [null, '1.234', new Date(), '-3'] } };
    expect(pathsAndCodes(issuesOf('computeMinimumVital', list))).toEqual([
      '/expenses/healthInsurance/2 INVALID_TYPE',
      '/expenses/healthInsurance/0 INVALID_TYPE',
      '/expenses/healthInsurance/1 MONEY_PRECISION',
      '/expenses/healthInsurance/3 NEGATIVE_MONEY',
    ]);
  });

  it('beside a wrong field, a contradiction between facts only when none of its facts is the wrong field', () => {
    // Children given as a number: read without them, the single parent would have no child (Monday 1 June 2026).
    const children = issuesOf('computeMinimumVital', { asOf: '2026-06-01', household: { type: 'single-parent', children: 5 } });
    expect(pathsAndCodes(children)).toEqual(['/household/children INVALID_TYPE']);
    expect(pathsAndCodes(issuesOf('computeMinimumVital', { asOf: '2026-06-01', household: { type: 'single-parent', children: [] } }))).toEqual(['/household/type HOUSEHOLD_SINGLE_PARENT_WITHOUT_CHILD']);
    expect(pathsAndCodes(issuesOf('computeMinimumVital', { asOf: '2026-02-30', household: { type: 'single-parent', children: 5 } }))).toEqual(['/household/children INVALID_TYPE', '/asOf INVALID_DATE']);
    // A wrong field elsewhere hides no contradiction.
    const rent = { asOf: '2026-06-01', household: { type: 'single', children: [{ birthDate: '2020-01-01' }] }, expenses: { rent: true } };
    expect(pathsAndCodes(issuesOf('computeMinimumVital', rent))).toEqual(['/expenses/rent INVALID_TYPE', '/household/type HOUSEHOLD_SINGLE_WITH_CHILD']);
    // ADB issued Monday 2 March 2026 to a debtor who died Thursday 1 January 2026; the canton is wrong too.
    expect(pathsAndCodes(issuesOf('adbStatus', { issuedOn: '2026-03-02', debtorDiedOn: '2026-01-01', canton: 'XX' }))).toEqual(['/canton INVALID_VALUE', '/debtorDiedOn DEBTOR_DIED_BEFORE_ADB']);
    expect(pathsAndCodes(issuesOf('adbStatus', { issuedOn: '2026-02-30', debtorDiedOn: '2026-01-01' }))).toEqual(['/issuedOn INVALID_DATE']);
    // No household at all hides neither the date nor the amounts beside it.
    expect(pathsAndCodes(issuesOf('computeMinimumVital', { asOf: '2026-02-30', household: null, expenses: { rent: '-1' } }))).toEqual(['/household INVALID_TYPE', '/asOf INVALID_DATE', '/expenses/rent NEGATIVE_MONEY']);
    const sale = { seizedOn: '2026-03-02', lastSupplementarySeizureOn: '2026-01-01', asset: 'movable', foo: 1 };
    expect(pathsAndCodes(issuesOf('saleWindow', sale))).toEqual(['/foo UNKNOWN_PROPERTY', '/lastSupplementarySeizureOn SUPPLEMENTARY_SEIZURE_BEFORE_SEIZURE']);
  });

  it('the union branches of one list item say nothing of another item', () => {
    // Item 0 is an object with a wrong proven; item 1 is null: both are named.
    const input = { asOf: '2026-06-01', household: { type: 'couple' }, expenses: { healthInsurance: [{ amount: '1.00', proven: 'x' }, null] } };
    expect(pathsAndCodes(issuesOf('computeMinimumVital', input))).toEqual(['/expenses/healthInsurance/0/proven INVALID_TYPE', '/expenses/healthInsurance/1 INVALID_TYPE']);
  });

  it('a JS Date or a number where a date is expected: the form, and what was received', () => {
    const [date] = issuesOf('dayStatus', { date: new Date(Date.UTC(2026, 11, 31)), canton: 'XX' });
    expect(date!.message.fr).toBe("Type de valeur incorrect ; attendu : une date AAAA-MM-JJ, p. ex. 2026-12-31 (reçu : un objet Date).");
    expect(date!.message.en).toBe('Wrong value type; expected: a YYYY-MM-DD date, e.g. 2026-12-31 (received: a Date object).');
    // The Date hides not the canton beside it.
    expect(pathsAndCodes(issuesOf('dayStatus', { date: new Date(), canton: 'XX' }))).toEqual(['/date INVALID_TYPE', '/canton INVALID_VALUE']);
    // Two values JSON cannot hold: each named with its own field's expected form.
    const [d, c] = issuesOf('dayStatus', { date: new Date(), canton: new Map() });
    expect([d!.path, c!.path]).toEqual(['/date', '/canton']);
    expect(d!.message.en).toContain('expected: a YYYY-MM-DD date');
    expect(c!.message.en).toContain('expected: AG, AI, AR');
    expect(issuesOf('dayStatus', { date: 20261231 })[0]!.message.fr).toBe('Type de valeur incorrect ; attendu : une date AAAA-MM-JJ, p. ex. 2026-12-31 (reçu : le nombre 20261231).');
    expect(issuesOf('dayStatus', { date: '31.12.2026' })[0]!.message.en).toBe('Invalid date: expected YYYY-MM-DD, a date that exists in the calendar (received: "31.12.2026").');
  });

  it('never quotes a card number, even where it would quote a word', () => {
    const pan = '4111 1111 1111 1111';
    for (const input of [{ amount: '10', method: { type: pan } }, { amount: true, office: '4111111111111111', method: { type: 'twint' } }, { amount: 4111111111111111, at: pan, method: { type: 'twint' } }]) {
      const text = JSON.stringify(issuesOf('validatePayment', input));
      expect(text).not.toMatch(/4111|1111/);
    }
  });

  it('for any valid input and k fields corrupted at once (inside union branches too): an issue at each', () => {
    const cases = EXAMPLES.flatMap(([name, inputs]) => inputs.map((input) => [name, input] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases).chain(([name, input]) => {
          const paths = leaves(input).filter((p) => p !== '');
          return fc.tuple(
            fc.constant(name),
            fc.constant(input),
            fc.uniqueArray(fc.constantFrom(...paths), { minLength: 1, maxLength: Math.min(4, paths.length) }).chain((chosen) =>
              fc.tuple(...chosen.map((p) => fc.tuple(fc.constant(p), fc.constantFrom(...corruptions(leafAt(input, p)))))),
            ),
          );
        }),
        ([name, input, corrupted]) => {
          const bad = corrupted.reduce<Json>((v, [p, x]) => withValue(v, p, x), input);
          const found = new Set(issuesOf(name, bad).map((i) => i.path));
          expect(corrupted.map(([p]) => p).filter((p) => !found.has(p))).toEqual([]);
        },
      ),
    );
  });
});

describe('every message names the expected form', () => {
  const BARE = [/^Type de valeur incorrect\.$/, /^Valeur non admise\.$/, /^Format incorrect\.$/, /^Wrong format\.$/, /^Value not allowed\.$/, /^Wrong value type\.$/];
  const namesForm = (m: lib.Issue['message']) => /attendu|Envoyer|Indiquer|Omettre/.test(m.fr) && /expected|Send|Give|Leave/.test(m.en) && !BARE.some((b) => b.test(m.fr) || b.test(m.en));

  it('every issue code, as the catalogue says it', () => {
    const bare = Object.entries(ISSUE_MESSAGES).filter(([, m]) => !namesForm(m));
    expect(bare.map(([code]) => code)).toEqual([]);
  });

  it('every node of every input schema has its expected form in words (FR and EN)', () => {
    let nodes = 0;
    for (const [name, validate] of Object.entries(validators)) {
      const root = (validate as { schema?: Schema }).schema;
      expect(root, name).toBeDefined();
      // Every schema node (properties, items, union branches, definitions), as an issue can point at it.
      const walk = (node: Schema, at: string): void => {
        nodes++;
        const e = expectedOf(node, root);
        expect(e?.fr, `${name} ${at}`).toMatch(/\S/);
        expect(e?.en, `${name} ${at}`).toMatch(/\S/);
        for (const key of ['properties', 'patternProperties', '$defs'] as const) for (const [k, c] of Object.entries((node[key] ?? {}) as Record<string, Schema>)) walk(c, `${at}/${key}/${k}`);
        if (node.items) walk(node.items as Schema, `${at}/items`);
        if (typeof node.additionalProperties === 'object') walk(node.additionalProperties as Schema, `${at}/additionalProperties`);
        for (const key of ['anyOf', 'oneOf'] as const) ((node[key] ?? []) as Schema[]).forEach((c, k) => walk(c, `${at}/${key}/${k}`));
      };
      walk(root!, '#');
    }
    expect(nodes).toBeGreaterThan(500);
  });

  it('every field of every function, given a wrong value, left out, or beside an unknown field: each message names what is expected', () => {
    let checked = 0;
    for (const [name, inputs] of EXAMPLES) {
      const input = inputs[0]!;
      const bads: unknown[] = [withValue(input, '/zzUnknown', 1)];
      for (const p of leaves(input).filter((x) => x !== '')) {
        for (const x of [...corruptions(leafAt(input, p)), 'zz-unknown-word', 12.345, {}]) bads.push(withValue(input, p, x));
        const segments = p.split('/');
        if (segments.length === 2) bads.push(Object.fromEntries(Object.entries(input as object).filter(([k]) => k !== segments[1])));
      }
      for (const bad of bads) {
        for (const i of issuesOf(name, bad)) {
          checked++;
          expect(namesForm(i.message), `${name} ${i.path} ${i.code}: ${i.message.fr} / ${i.message.en}`).toBe(true);
          if (['INVALID_TYPE', 'INVALID_VALUE', 'INVALID_FORMAT', 'UNKNOWN_PROPERTY', 'REQUIRED'].includes(i.code)) {
            // The general wording of the catalogue is replaced by the field's own.
            expect(i.message.en, `${name} ${i.path} ${i.code}`).not.toBe(ISSUE_MESSAGES[i.code].en);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
