import { describe, expect, it } from 'vitest';
import { LpNormError } from '../core/errors.js';
import { versionAt } from './parameters.js';
import { getRuleSet, ruleSets } from './index.js';
import { loadNorms, type NormFile } from './norms.js';

// A draft of next year's normes d'insaisissabilité, as the office's legal staff would write it.
const draft = (over: Record<string, unknown> = {}): NormFile => ({
  name: 'NI-2027.json',
  content: {
    family: 'seizure.minimum-vital',
    edition: 'NI-2027',
    status: 'provisional',
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    verifiedOn: '2026-12-05',
    source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027", adoptedOn: '2026-11-26' },
    values: { baseSingle: '1250.00' },
    ...over,
  },
});

function normError(run: () => unknown): LpNormError {
  try {
    run();
  } catch (e) {
    if (e instanceof LpNormError) return e;
    throw e;
  }
  throw new Error('no LpNormError thrown');
}

const valueOn = (family: ReturnType<typeof getRuleSet>, name: string, asOf: string) => versionAt(family.parameters[name]!.values, asOf);

describe('loadNorms: an edition file', () => {
  it('puts the listed amounts in force over its period and carries the others over under its name', () => {
    const norms = loadNorms([draft()]);
    const family = norms.family('seizure.minimum-vital')!;
    // Friday 1 January 2027, the edition's first day; Thursday 31 December 2026 is still NI-2026.
    expect(valueOn(family, 'baseSingle', '2027-01-01')).toMatchObject({ value: '1250.00', version: 'NI-2027', citation: { document: 'NI (rsGE E 3 60.04)', article: 'NI-2027' } });
    expect(valueOn(family, 'baseSingle', '2026-12-31')).toMatchObject({ value: '1200.00', version: 'NI-2026' });
    expect(valueOn(family, 'baseCouple', '2027-06-01')).toMatchObject({ value: '1700.00', version: 'NI-2027', note: { fr: expect.stringMatching(/NI-2026 reprise/) } });
    // A parameter not kept by edition (adult age, open-ended since 1996) is left as it is.
    expect(family.parameters.adultAge).toEqual(getRuleSet('seizure.minimum-vital').parameters.adultAge);
    expect(family.editions?.at(-1)).toMatchObject({ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.json', verifiedOn: '2026-12-05' });
    expect(family.changeDates).toContain('2027-01-01');
    expect(family.changeDates).toContain('2028-01-01');
  });

  it('changes nothing global: the package keeps its own norms, and two sets of norms coexist', () => {
    const before = JSON.stringify(getRuleSet('seizure.minimum-vital'));
    const a = loadNorms([draft()]);
    const b = loadNorms([draft({ values: { baseSingle: '1300.00' } })]);
    expect(JSON.stringify(getRuleSet('seizure.minimum-vital'))).toBe(before);
    expect(valueOn(a.family('seizure.minimum-vital')!, 'baseSingle', '2027-03-01')?.value).toBe('1250.00');
    expect(valueOn(b.family('seizure.minimum-vital')!, 'baseSingle', '2027-03-01')?.value).toBe('1300.00');
    // Families no file touches are the package's own objects (their compiled plans are shared).
    expect(a.family('lp.deadlines')).toBe(getRuleSet('lp.deadlines'));
    expect(a.ruleSets.map((s) => s.id)).toEqual(ruleSets.map((s) => s.id));
  });

  it('accepts an amount written as a number, kept as exact decimal text', () => {
    const family = loadNorms([draft({ values: { baseSingle: 1250, childOlder: { value: '650.00', citation: { document: 'NI 2027', article: 'ch. I.5' } } } })]).family('seizure.minimum-vital')!;
    expect(valueOn(family, 'baseSingle', '2027-01-01')?.value).toBe('1250');
    expect(valueOn(family, 'childOlder', '2027-01-01')).toMatchObject({ value: '650.00', citation: { document: 'NI 2027', article: 'ch. I.5' } });
  });

  it('refuses to overlap an official edition unless it says which one it supersedes', () => {
    const e = normError(() => loadNorms([draft({ validFrom: '2026-07-01' })]));
    expect(e.code).toBe('NORM_INVALID');
    expect(e.issues).toEqual([
      { file: 'NI-2027.json', path: '/validFrom', message: { fr: expect.stringContaining('"supersedes": "NI-2026"'), en: expect.stringContaining('NI-2026 (2026-01-01 – 2026-12-31)') } },
    ]);
    // Wednesday 1 July 2026: the corrected amounts replace NI-2026 from then on; before, NI-2026 stands.
    const family = loadNorms([draft({ validFrom: '2026-07-01', supersedes: 'NI-2026' })]).family('seizure.minimum-vital')!;
    expect(valueOn(family, 'baseSingle', '2026-06-30')).toMatchObject({ value: '1200.00', version: 'NI-2026', validTo: '2026-06-30' });
    expect(valueOn(family, 'baseSingle', '2026-07-01')).toMatchObject({ value: '1250.00', version: 'NI-2027' });
  });

  it('replaces a draft by the adopted edition of the same name, in any file order', () => {
    const adopted: NormFile = { name: 'NI-2027-officielle.json', content: { ...(draft().content as object), status: 'official', supersedes: 'NI-2027', values: { baseSingle: '1240.00' } } };
    for (const files of [[draft(), adopted], [adopted, draft()]]) {
      const family = loadNorms(files).family('seizure.minimum-vital')!;
      expect(valueOn(family, 'baseSingle', '2027-05-03')).toMatchObject({ value: '1240.00', version: 'NI-2027' });
      expect(family.editions?.filter((x) => x.edition === 'NI-2027')).toEqual([expect.objectContaining({ status: 'official', origin: 'NI-2027-officielle.json' })]);
    }
  });

  it('reports every problem of every file at once, each with its file and JSON pointer, and loads nothing', () => {
    const e = normError(() =>
      loadNorms([
        draft({ values: { baseSingel: '1250.00', childOlder: 'six cents' } }),
        { name: 'typo.json', content: { ...(draft().content as object), status: 'draft', validFrom: '2027-02-30' } },
        { name: 'other.json', content: { ...(draft().content as object), family: 'seizure.unknown' } },
      ]),
    );
    expect(e.issues.map((i) => `${i.file} ${i.path}`)).toEqual([
      'typo.json /status',
      'NI-2027.json /values/baseSingel',
      'NI-2027.json /values/childOlder',
      'other.json /family',
    ]);
    expect(e.messages.fr).toMatch(/^Normes non chargées \(4 problème\(s\)\) : typo\.json \/status: /);
    expect(e.issues[1]!.message.fr).toMatch(/Paramètre inconnu dans seizure\.minimum-vital \(connus : baseSingle, /);
    expect(e.issues[2]!.message.en).toMatch(/does not fit the parameter's kind decimal \(an amount, e\.g\. "1250\.00"\)/);
  });

  it('refuses an edition holding a card number, naming the field, never the number', () => {
    const e = normError(() => loadNorms([draft({ note: { fr: 'Carte 4111 1111 1111 1111', en: 'x' } })]));
    expect(e.issues).toEqual([{ file: 'NI-2027.json', path: '/note/fr', message: expect.objectContaining({ en: expect.stringMatching(/card number/) }) }]);
    expect(JSON.stringify([e.message, e.messages, e.issues, e.details])).not.toMatch(/4111/);
  });
});

describe('loadNorms: a whole norm file', () => {
  it("replaces the built-in family with the same id, or adds a new one", () => {
    const own = structuredClone(getRuleSet('payment.ocp')) as unknown as Record<string, unknown> & { parameters: Record<string, { values: { value: unknown }[] }> };
    delete own.changeDates;
    own.parameters.onlineLimit!.values[0]!.value = '1500.00';
    const renamed = { ...structuredClone(own), id: 'office.payment', rules: (own.rules as { id: string }[]).map((r) => ({ ...r, id: r.id.replace('payment.ocp', 'office.payment') })) };
    const norms = loadNorms([{ name: 'ocp.rules.json', content: own }, { name: 'office.rules.json', content: renamed }]);
    expect(versionAt(norms.family('payment.ocp')!.parameters.onlineLimit!.values, '2026-05-04')?.value).toBe('1500.00');
    expect(norms.ruleSets.map((s) => s.id).at(-1)).toBe('office.payment');
    expect(versionAt(getRuleSet('payment.ocp').parameters.onlineLimit!.values, '2026-05-04')?.value).toBe('1000.00');
  });

  it('reports a malformed norm file with its name', () => {
    const e = normError(() => loadNorms([{ name: 'broken.rules.json', content: { id: 'x.y' } }]));
    expect(e.issues[0]).toMatchObject({ file: 'broken.rules.json', path: '/title' });
  });
});
