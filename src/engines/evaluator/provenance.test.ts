import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../../rules/index.js';
import { loadNorms } from '../../rules/norms.js';
import { planFor } from './plan.js';
import { PACKAGE_ID, provenanceOf, provenanceStep } from './provenance.js';

const family = 'seizure.minimum-vital';
const draft = (baseSingle: string) =>
  loadNorms([
    {
      name: 'NI-2027.json',
      content: {
        family, edition: 'NI-2027', status: 'provisional', validFrom: '2027-01-01', validTo: '2027-12-31', verifiedOn: '2026-12-05',
        source: { document: 'NI (rsGE E 3 60.04)', title: "Normes d'insaisissabilité pour l'année 2027" }, values: { baseSingle },
      },
    },
  ]).family(family)!;

describe('provenanceOf', () => {
  it('names the package with its version, the families and editions applied and their status', () => {
    const version = (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;
    expect(PACKAGE_ID).toBe(`lp-rules@${version}`);
    // Monday 1 June 2026: NI-2026, official.
    const p = provenanceOf([planFor(getRuleSet(family), '2026-06-01'), planFor(getRuleSet('seizure.quota'), '2026-06-01')]);
    expect(p).toMatchObject({
      package: PACKAGE_ID,
      norms: [
        { family, editions: [{ edition: 'NI-2026', status: 'official' }] },
        { family: 'seizure.quota', editions: [] },
      ],
      provisional: false,
      latestKnown: false,
    });
    expect(p.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(provenanceStep(p)).toBeNull();
    expect(Object.isFrozen(p.norms[0])).toBe(true);
  });

  it('gives the same fingerprint for the same norms in force, another for any change', () => {
    const set = getRuleSet(family);
    // Thursday 1 January and Thursday 31 December 2026: one edition, one fingerprint.
    expect(provenanceOf([planFor(set, '2026-01-01')]).fingerprint).toBe(provenanceOf([planFor(set, '2026-12-31')]).fingerprint);
    expect(provenanceOf([planFor(set, '2025-12-31')]).fingerprint).not.toBe(provenanceOf([planFor(set, '2026-01-01')]).fingerprint);
    // Two drafts that differ by one amount; and the draft against the built-in norms the same day.
    const a = provenanceOf([planFor(draft('1250.00'), '2027-01-04')]);
    const b = provenanceOf([planFor(draft('1260.00'), '2027-01-04')]);
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(provenanceOf([planFor(draft('1250.00'), '2027-01-04')]).fingerprint).toBe(a.fingerprint);
    expect(provenanceOf([planFor(draft('1250.00'), '2026-06-01')]).fingerprint).toBe(provenanceOf([planFor(set, '2026-06-01')]).fingerprint);
  });

  it('flags a provisional edition and a carried-forward one, in the result and in a trace step', () => {
    const p = provenanceOf([planFor(draft('1250.00'), '2027-01-04')]);
    expect(p.provisional).toBe(true);
    expect(p.norms[0]!.editions).toEqual([{ edition: 'NI-2027', status: 'provisional', origin: 'NI-2027.json' }]);
    expect(provenanceStep(p)).toMatchObject({ rule: 'norms.provenance', text: { fr: 'Édition provisoire appliquée : NI-2027 (NI-2027.json) — à confirmer par le texte officiel.' } });
    const latest = planFor(getRuleSet(family), null);
    const q = provenanceOf([latest], new Set([latest]));
    expect(q).toMatchObject({ latestKnown: true, norms: [{ family, latestKnown: true, editions: [{ edition: 'NI-2026' }] }] });
    expect(q.fingerprint).not.toBe(provenanceOf([latest]).fingerprint);
    expect(provenanceStep(q)!.text.en).toBe(`No edition in force on the reference date for ${family}: the latest known one is applied.`);
    // NI-2025's official text was not seen: its amounts are provisional, and results say so.
    expect(provenanceOf([planFor(getRuleSet(family), '2025-03-03')]).provisional).toBe(true);
  });
});
