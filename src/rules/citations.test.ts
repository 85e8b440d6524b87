import { describe, expect, it } from 'vitest';
import type { Citation } from '../schemas/rule-set.js';
import { formatCitation } from './citation.js';
import { getRuleSet, ruleSets } from './index.js';
import { versionAt } from './parameters.js';

// What the built-in families cite, checked against the law's own dates and names (norms §3.6, §0).

interface Cited {
  where: string;
  citation: Citation;
  validFrom: string;
  validTo?: string;
}

const cited: Cited[] = ruleSets.flatMap((set) => [
  ...Object.entries(set.parameters).flatMap(([name, p]) =>
    p.values.map((v) => ({ where: `${set.id}/${name}@${v.validFrom}`, citation: v.citation, validFrom: v.validFrom, ...(v.validTo ? { validTo: v.validTo } : {}) })),
  ),
  ...set.rules.map((r) => ({ where: r.id, citation: r.citation, validFrom: r.validFrom, ...(r.validTo ? { validTo: r.validTo } : {}) })),
]);

describe('citations of the built-in families', () => {
  it('the Swiss currency law (RS 941.10) is cited by its French name, LUMMP (LUMP is the Italian one)', () => {
    const currency = cited.filter((c) => c.citation.document.includes('941.10'));
    expect(currency.map((c) => c.where)).toEqual(expect.arrayContaining(['payment.ocp/maxDecimals@2024-01-01', 'payment.ocp.amount.precision', 'payment.ocpm.amount.precision']));
    for (const c of currency) expect(formatCitation(c.citation), c.where).toBe('LUMMP (RS 941.10) art. 1');
  });

  it('the 2019 wording of LP 8a al. 3 let. d is quoted only where it was in force (until Wednesday 31 December 2025)', () => {
    const letterD = cited.filter((c) => formatCitation(c.citation) === 'LP 8a al. 3 let. d');
    const quoted = letterD.filter((c) => c.citation.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(0);
    for (const c of quoted) expect(c.validTo, `${c.where} quotes a superseded text past 2025`).toBeDefined();
    for (const c of quoted) expect(c.validTo! <= '2025-12-31', c.where).toBe(true);
    // Neither version's official text was seen (norms §3.6): every citation of the letter says so.
    for (const c of letterD) expect(c.citation.provenance, c.where).toBe('secondary');
  });

  it('the creditor’s 20 days cite the text in force on the day: the 2019 wording in 2025, the revised letter in 2026', () => {
    const days = getRuleSet('lp.procedure').parameters.hideRequestProofDays!.values;
    // Monday 2 June 2025 and Monday 1 June 2026.
    const before = versionAt(days, '2025-06-02')!;
    const after = versionAt(days, '2026-06-01')!;
    expect([before.value, after.value]).toEqual([20, 20]);
    expect(before.citation.quote).toMatch(/^d\. pour lesquelles le débiteur a fait, une fois échu un délai de trois mois/);
    expect(after.citation.quote).toBeUndefined();
    expect([before.version, after.version]).toEqual(['2019', '2026']);
  });
});
