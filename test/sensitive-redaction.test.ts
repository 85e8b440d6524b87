import { describe, expect, it } from 'vitest';
import { issue, LpInputError, LpNormError, redactPath } from '../src/core/errors.js';
import { ISSUE_MESSAGES } from '../src/core/issue-codes.js';

// Issue 15, item 1: every message, path and detail built from what the caller gave says `*` where it
// would repeat a card number — whoever builds the error.

describe('redactPath', () => {
  it('writes "*" for a segment holding a card number, in any form, escaped or not', () => {
    expect(redactPath('/4111111111111111')).toBe('/*');
    expect(redactPath('/a/4111 1111 1111 1111/b')).toBe('/a/*/b');
    expect(redactPath('/a/4111~11111~11111~11111')).toBe('/a/*'); // the key "4111/1111/1111/1111"
    expect(redactPath('/x/٤١١١١١١١١١١١١١١١/0')).toBe('/x/*/0');
  });

  it('and for a card number spread over segments', () => {
    expect(redactPath('/4111/1111/1111/1111')).not.toMatch(/1111/);
  });

  it('leaves every other pointer as it is, and is idempotent', () => {
    for (const p of ['', '/amount', '/household/children/12/birthDate', '/a~1b/m~0n', '/iban/CH9300762011623852957', '/2026-03-18']) {
      expect(redactPath(p)).toBe(p);
      expect(redactPath(redactPath(`${p}/4111111111111111`))).toBe(`${p}/*`);
    }
  });
});

describe('errors never carry a card number, whoever builds them', () => {
  it('issue() and LpInputError (with issues built by hand) redact the paths and the summary', () => {
    expect(issue('/4111111111111111', 'UNKNOWN_PROPERTY').path).toBe('/*');
    const e = new LpInputError([{ path: '/a/5555 5555 5555 4444', code: 'UNKNOWN_PROPERTY', message: ISSUE_MESSAGES.UNKNOWN_PROPERTY }]);
    expect(e.issues[0]!.path).toBe('/a/*');
    expect(e.message).toBe('Invalid input (1 issue(s)): /a/*: UNKNOWN_PROPERTY');
    expect(e.messages.fr).toBe('Entrée invalide (1 problème(s)) : /a/*: UNKNOWN_PROPERTY');
    expect(e.stack).not.toMatch(/5555/);
  });

  it('LpNormError redacts its messages and its details', () => {
    const e = new LpNormError('NO_NORM_IN_FORCE', { fr: 'En vigueur le 4111-1111-1111-1111 ?', en: 'In force on 4111-1111-1111-1111?' }, { asOf: '4111-1111-1111-1111', ruleSet: 'payment.ocp' });
    expect([e.message, e.messages.fr, e.details]).toEqual(['In force on *?', 'En vigueur le * ?', { asOf: '*', ruleSet: 'payment.ocp' }]);
    expect(e.stack).not.toMatch(/4111/);
  });

  it('leaves messages without a card number alone', () => {
    const text = { fr: 'Aucune table des jours fériés en vigueur pour 2101 (GE) : la table couvre 1900-01-01 – 2100-12-31.', en: 'No table for 2101 (GE): it covers 1900-01-01 – 2100-12-31.' };
    expect(new LpNormError('NO_NORM_IN_FORCE', text, { canton: 'GE', validFrom: '1900-01-01' }).messages).toEqual(text);
  });
});
