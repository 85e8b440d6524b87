import { describe, expect, it } from 'vitest';
import { inputIssueTexts } from '../../../test/support/thrown.js';
import { mainleveeRoute, type MainleveeInput } from './index.js';

// mainleveeRoute: definitive lifting for an enforceable judgment, a Swiss administrative decision or an
// enforceable authentic deed (LP 80 al. 1); provisional lifting for an acknowledgment of debt signed by the
// debtor (LP 82 al. 1); otherwise an ordinary action (LP 79 al. 1).

const issuesOf = (input: unknown): string[] => inputIssueTexts(() => mainleveeRoute(input as MainleveeInput));

describe('mainleveeRoute', () => {
  it.each([
    ['enforceable-judgment', 'definitive', 'lp.procedure.mainlevee-definitive', 'LP 80 al. 1'],
    ['administrative-decision', 'definitive', 'lp.procedure.mainlevee-definitive', 'LP 80 al. 1'],
    ['authentic-deed', 'definitive', 'lp.procedure.mainlevee-definitive', 'LP 80 al. 1'],
    ['signed-acknowledgment', 'provisional', 'lp.procedure.mainlevee-provisional', 'LP 82 al. 1'],
    ['none', 'ordinary-action', 'lp.procedure.ordinary-action', 'LP 79 al. 1'],
  ] as const)('title %s → %s, explained by the one rule that decided it', (title, route, rule, citation) => {
    const r = mainleveeRoute({ title });
    expect(r.route).toBe(route);
    expect(r.trace).toHaveLength(1);
    expect(r.trace[0]).toMatchObject({ rule, citation, values: { fired: true, title } });
    expect(r.trace[0]!.text.fr.length).toBeGreaterThan(0);
    expect(r.trace[0]!.text.fr).not.toBe(r.trace[0]!.text.en);
  });

  it('refuses an unknown title, a missing one and an unknown field', () => {
    expect(issuesOf({ title: 'promissory-note' })).toEqual(['/title INVALID_VALUE']);
    expect(issuesOf({})).toEqual(['/title REQUIRED']);
    expect(issuesOf({ title: 'none', asOf: '2026-05-04' })).toEqual(['/asOf UNKNOWN_PROPERTY']);
  });
});
