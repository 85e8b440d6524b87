import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownLpError } from '../../../test/support/thrown.js';
import { stepOf } from '../../../test/support/trace.js';
import { dayStatus } from '../day-status/index.js';
import { cardDeadlines, type CardDeadlinesInput } from './index.js';

// The holder's dates under the debit Mastercard terms (edition mars 2026, in force from Sun 1 March 2026).

const DOC = 'CG carte de débit Mastercard';
const DAY = 86_400_000;
const isoPlus = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const thrown = thrownLpError;

describe('cardDeadlines — malformed input throws every issue at once, with its JSON pointer', () => {
  it('two dates that do not exist: both named', () => {
    // 30 February 2026 and 31 April 2026 do not exist
    const e = thrown(() => cardDeadlines({ statementReceivedOn: '2026-02-30', reservedOn: '2026-04-31' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/statementReceivedOn INVALID_DATE', '/reservedOn INVALID_DATE']);
    const [first] = e.issues!;
    expect(first!.message.fr).toMatch(/\S/);
    expect(first!.message.en).toMatch(/\S/);
    expect(first!.message.fr).not.toBe(first!.message.en);
  });

  it('each date is checked on its own', () => {
    expect(thrown(() => cardDeadlines({ reservedOn: '2027-02-29' })).issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/reservedOn INVALID_DATE']);
    expect(thrown(() => cardDeadlines({ statementReceivedOn: '2026-06-31', reservedOn: '2026-06-30' })).issues!.map((i) => `${i.path} ${i.code}`)).toEqual([
      '/statementReceivedOn INVALID_DATE',
    ]);
  });

  it('an unknown reading is refused at its own path', () => {
    const e = thrown(() => cardDeadlines({ statementReceivedOn: '2026-05-15', interpretation: { cardDeadlinesShift: 'always' } } as unknown as CardDeadlinesInput));
    expect(e.issues!.map((i) => i.path)).toEqual(['/interpretation/cardDeadlinesShift']);
  });

  it('refuses a card number given as a date, without echoing it', () => {
    const e = thrown(() => cardDeadlines({ reservedOn: '5555555555554444' }));
    expect(e.issues!.map((i) => `${i.path} ${i.code}`)).toContain('/reservedOn SENSITIVE_DATA');
    expect(JSON.stringify({ e, message: e.message, messages: e.messages, issues: e.issues })).not.toMatch(/5555|4444/);
  });
});

describe('cardDeadlines — each date only when its input is given, each with its trace step', () => {
  it('an expiry month alone: validity and replacement alert, nothing else', () => {
    const r = cardDeadlines({ expiry: '2028-02' });
    expect(r).toEqual({ validThrough: '2028-02-29', reportMissingReplacementBy: '2028-02-19', trace: expect.any(Array), provenance: expect.objectContaining({ package: expect.stringMatching(/^lp-rules@/) }) });
    expect(r.trace.map((s) => s.rule)).toEqual(['card.debit-mastercard.validity', 'card.debit-mastercard.replacement-alert']);
    // Tue 29 February 2028 (leap year); 10 days earlier: Sat 19 February 2028
    expect(r.trace[0]).toEqual({
      rule: 'card.debit-mastercard.validity',
      citation: `${DOC} section « Durée de validité »`,
      text: { fr: "Carte valable jusqu'à la fin du mois indiqué : mardi 29 février 2028.", en: 'Card valid through the end of the printed month: Tuesday 29 February 2028.' },
      values: { expiry: '2028-02', validThrough: '2028-02-29' },
    });
    expect(r.trace[1]).toEqual({
      rule: 'card.debit-mastercard.replacement-alert',
      citation: `${DOC} section « Durée de validité »`,
      text: {
        fr: "Avertir la banque si aucune carte de remplacement n'est arrivée : samedi 19 février 2028.",
        en: 'Tell the bank if no replacement card has arrived: Saturday 19 February 2028.',
      },
      values: { date: '2028-02-19' },
    });
  });

  it('a statement alone: the contest deadline, 30 days after receipt', () => {
    // Fri 15 May 2026 + 30 days = Sun 14 June 2026: a contractual period, not moved (primary reading)
    const r = cardDeadlines({ statementReceivedOn: '2026-05-15' });
    expect(r).toEqual({ contestBy: '2026-06-14', trace: expect.any(Array), provenance: expect.objectContaining({ package: expect.stringMatching(/^lp-rules@/) }) });
    expect(r.trace).toEqual([
      {
        rule: 'card.debit-mastercard.contest',
        citation: `${DOC} section « Relevés de compte »`,
        text: {
          fr: 'Dernier jour pour contester le relevé (ensuite réputé accepté) : dimanche 14 juin 2026.',
          en: 'Last day to contest the statement (then deemed accepted): Sunday 14 June 2026.',
        },
        values: { date: '2026-06-14' },
      },
    ]);
  });

  it('a reservation alone: 31 calendar days', () => {
    // Fri 29 January 2027 + 31 days = Mon 1 March 2027
    const r = cardDeadlines({ reservedOn: '2027-01-29' });
    expect(r).toEqual({ reservationMayRemainUntil: '2027-03-01', trace: expect.any(Array), provenance: expect.objectContaining({ package: expect.stringMatching(/^lp-rules@/) }) });
    expect(r.trace).toEqual([
      {
        rule: 'card.debit-mastercard.reservation',
        citation: `${DOC} section « Couverture »`,
        text: { fr: "Un montant réservé peut rester comptabilisé jusqu'au : lundi 1er mars 2027.", en: 'A reserved amount may stay booked until: Monday 1 March 2027.' },
        values: { date: '2027-03-01' },
      },
    ]);
  });

  it('all three at once, in the order validity, alert, contest, reservation', () => {
    // expiry 12/2026: valid through Thu 31 December 2026, alert Mon 21 December 2026;
    // statement Wed 1 July 2026 → Fri 31 July 2026; reservation Wed 1 July 2026 → Sat 1 August 2026
    const r = cardDeadlines({ expiry: '2026-12', statementReceivedOn: '2026-07-01', reservedOn: '2026-07-01' });
    expect(r).toMatchObject({ validThrough: '2026-12-31', reportMissingReplacementBy: '2026-12-21', contestBy: '2026-07-31', reservationMayRemainUntil: '2026-08-01' });
    expect(r.trace.map((s) => s.rule)).toEqual([
      'card.debit-mastercard.validity',
      'card.debit-mastercard.replacement-alert',
      'card.debit-mastercard.contest',
      'card.debit-mastercard.reservation',
    ]);
    for (const s of r.trace) expect(s.text.fr).not.toBe(s.text.en);
  });

  it('nothing given: no date, an empty trace', () => {
    expect(cardDeadlines({})).toEqual({ trace: [], provenance: expect.objectContaining({ package: expect.stringMatching(/^lp-rules@/) }) });
  });
});

describe('cardDeadlines — the `cardDeadlinesShift` reading (norms §4 item 8)', () => {
  const shift = { cardDeadlinesShift: 'shift' } as const;

  it('a contest deadline ending on a working day is not moved', () => {
    // Mon 30 November 2026 + 30 days = Wed 30 December 2026, a working day in Geneva
    expect(cardDeadlines({ statementReceivedOn: '2026-11-30', interpretation: shift }).contestBy).toBe('2026-12-30');
  });

  it('one ending on a Geneva holiday moves to the next working day, in the canton given', () => {
    // Tue 1 December 2026 + 30 days = Thu 31 December 2026 (Restauration de la République, GE)
    expect(cardDeadlines({ statementReceivedOn: '2026-12-01' }).contestBy).toBe('2026-12-31');
    // shifted: Fri 1 January 2027 is New Year, then Sat 2 and Sun 3 → Mon 4 January 2027
    const ge = cardDeadlines({ statementReceivedOn: '2026-12-01', interpretation: shift });
    expect(ge.contestBy).toBe('2027-01-04');
    expect(ge.trace[0]).toMatchObject({ values: { date: '2027-01-04' }, text: { en: 'Last day to contest the statement (then deemed accepted): Monday 4 January 2027.' } });
    // 31 December is a working day in Zurich
    expect(cardDeadlines({ statementReceivedOn: '2026-12-01', canton: 'ZH', interpretation: shift }).contestBy).toBe('2026-12-31');
  });

  it('only the contest deadline moves: the reservation and the alert stay on their calendar day', () => {
    // reservation Mon 30 November 2026 + 31 days = Thu 31 December 2026, a Geneva holiday: not moved;
    // expiry 04/2027: valid through Fri 30 April 2027, alert Tue 20 April 2027
    const r = cardDeadlines({ expiry: '2027-04', reservedOn: '2026-11-30', interpretation: shift });
    expect(r).toMatchObject({ reservationMayRemainUntil: '2026-12-31', reportMissingReplacementBy: '2027-04-20' });
  });

  it('law: with the shift reading, the deadline is the first working day on or after day 30', () => {
    const day = fc.integer({ min: 0, max: 5 * 366 }).map((k) => isoPlus('2026-03-01', k));
    fc.assert(
      fc.property(day, fc.constantFrom('GE', 'ZH', 'VD') as fc.Arbitrary<'GE' | 'ZH' | 'VD'>, (received, canton) => {
        const nominal = isoPlus(received, 30);
        const plain = cardDeadlines({ statementReceivedOn: received, canton });
        expect(plain.contestBy).toBe(nominal);
        const moved = cardDeadlines({ statementReceivedOn: received, canton, interpretation: shift }).contestBy!;
        expect(moved >= nominal).toBe(true);
        expect(dayStatus({ date: moved, canton }).workingDay).toBe(true);
        for (let d = nominal; d < moved; d = isoPlus(d, 1)) expect(dayStatus({ date: d, canton }).workingDay).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('cardDeadlines — which terms: the statement date, else the reservation date, else the expiry month', () => {
  it('the terms apply from Sun 1 March 2026: a statement received on Sat 28 February 2026 has none', () => {
    const e = thrown(() => cardDeadlines({ statementReceivedOn: '2026-02-28' }));
    expect(e).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'card.debit-mastercard', asOf: '2026-02-28' } });
    expect(e.messages.fr).not.toBe(e.messages.en);
    // Sun 1 March 2026 + 30 days = Tue 31 March 2026
    expect(cardDeadlines({ statementReceivedOn: '2026-03-01' }).contestBy).toBe('2026-03-31');
  });

  it('a statement under the terms decides, even for a card printed before them', () => {
    // statement Mon 16 March 2026 → Wed 15 April 2026; card 02/2026: valid through Sat 28 February 2026, alert Wed 18 February 2026
    expect(cardDeadlines({ statementReceivedOn: '2026-03-16', expiry: '2026-02' })).toMatchObject({
      contestBy: '2026-04-15',
      validThrough: '2026-02-28',
      reportMissingReplacementBy: '2026-02-18',
    });
  });

  it('without a statement, the reservation date decides', () => {
    // reservation Mon 2 March 2026 + 31 days = Thu 2 April 2026
    expect(cardDeadlines({ reservedOn: '2026-03-02', expiry: '2026-02' })).toMatchObject({ reservationMayRemainUntil: '2026-04-02', validThrough: '2026-02-28' });
    expect(thrown(() => cardDeadlines({ reservedOn: '2026-02-27' }))).toMatchObject({ code: 'NO_NORM_IN_FORCE' });
  });

  it('a reservation before the terms: the refusal names the bank\'s terms and the first day they cover, not a geoblocking parameter', () => {
    // Sun 15 February 2026; the terms ("mars 2026") apply from Sun 1 March 2026.
    const e = thrown(() => cardDeadlines({ reservedOn: '2026-02-15' }));
    expect(e).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'card.debit-mastercard', asOf: '2026-02-15', coveredFrom: '2026-03-01', coveredTo: '' } });
    expect(e.messages.fr).toBe(
      "Aucune version des règles de « Conditions de la carte de débit Mastercard (émetteur) » (CG carte de débit Mastercard, mars 2026) n'est en vigueur le 2026-02-15 ; les versions connues couvrent la période dès le 2026-03-01.",
    );
    expect(e.messages.en).toBe(
      'No version of the rules of "Debit Mastercard terms (issuer)" (CG carte de débit Mastercard, mars 2026) is in force on 2026-02-15; the known versions cover from 2026-03-01.',
    );
    expect(`${e.messages.fr} ${e.messages.en}`).not.toMatch(/defaultOpenZones|zone/i);
  });
});
