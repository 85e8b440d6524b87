import { describe, expect, it } from 'vitest';
import { thrownLpError } from '../../../test/support/thrown.js';
import { stepOf } from '../../../test/support/trace.js';
import { ocpmOrder, type OcpmOrderInput } from './index.js';

// CG OCPM (octobre 2024, in force from Tue 1 October 2024): art. 3 (cancellation, delivery in 7 to 14
// working days, indicative), art. 5 (fee kept once the payment is validated).


const thrown = thrownLpError;

describe('ocpmOrder — malformed input', () => {
  it('a date that does not exist is named by its JSON pointer, with FR and EN messages', () => {
    // 2026 is not a leap year: no 29 February
    const e = thrown(() => ocpmOrder({ orderedOn: '2026-02-29', paymentValidated: true }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: '/orderedOn', code: 'INVALID_DATE', message: { fr: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) } }]);
    expect(e.issues![0]!.message.fr).not.toBe(e.issues![0]!.message.en);
  });

  it('the payment state is required and must be a boolean', () => {
    const missing = thrown(() => ocpmOrder({ orderedOn: '2026-05-04' } as OcpmOrderInput));
    expect(missing.issues!.map((i) => `${i.path} ${i.code}`)).toEqual(['/paymentValidated REQUIRED']);
    const text = thrown(() => ocpmOrder({ orderedOn: '2026-05-04', paymentValidated: 'yes' } as unknown as OcpmOrderInput));
    expect(text.issues!.map((i) => i.path)).toEqual(['/paymentValidated']);
  });
});

describe('ocpmOrder — cancellation and fee (CG OCPM art. 3, 5)', () => {
  it('before validation: cancellable, no fee due, nothing refundable; the trace cites art. 3', () => {
    const r = ocpmOrder({ orderedOn: '2026-05-04', paymentValidated: false }); // Mon 4 May 2026
    expect(r).toMatchObject({ cancellable: true, feeDue: false, refundable: false });
    const cancellable = stepOf(r, 'ocpm.orders.cancellable');
    expect(cancellable).toMatchObject({ citation: 'CG OCPM art. 3', values: { fired: true, paymentValidated: false } });
    expect(cancellable!.text.fr).not.toBe(cancellable!.text.en);
    expect(stepOf(r, 'ocpm.orders.final')).toMatchObject({ citation: 'CG OCPM art. 3, 5', values: { fired: false } });
  });

  it('once validated: final, the fee due and never refunded', () => {
    const r = ocpmOrder({ orderedOn: '2026-05-04', paymentValidated: true });
    expect(r).toMatchObject({ cancellable: false, feeDue: true, refundable: false });
    const final = stepOf(r, 'ocpm.orders.final');
    expect(final).toMatchObject({ citation: 'CG OCPM art. 3, 5', values: { fired: true, paymentValidated: true } });
    expect(final!.text.en).toMatch(/final/);
    expect(final!.text.fr).toMatch(/définitive/);
  });
});

describe('ocpmOrder — delivery, 7 to 14 working days, indicative (CG OCPM art. 3)', () => {
  it('Monday-to-Friday (primary): the trace step names both dates, the reading, and that it is not binding', () => {
    // Ordered Mon 31 August 2026; Thu 10 September 2026 (Jeûne genevois) is not counted:
    // 7th working day Wed 9 September, 14th Mon 21 September 2026
    const r = ocpmOrder({ orderedOn: '2026-08-31', paymentValidated: true });
    expect(r.delivery).toEqual({ earliest: '2026-09-09', latest: '2026-09-21', binding: false });
    expect(r.trace.at(-1)).toEqual({
      rule: 'ocpm.orders.delivery',
      citation: 'CG OCPM art. 3',
      text: {
        fr: 'Livraison indicative (non contraignante) entre le mercredi 9 septembre 2026 et le lundi 21 septembre 2026, en jours ouvrables du lundi au vendredi, jours fériés genevois exclus.',
        en: 'Indicative (not binding) delivery between Wednesday 9 September 2026 and Monday 21 September 2026, counting working days Monday to Friday, Geneva holidays excluded.',
      },
      values: { earliest: '2026-09-09', latest: '2026-09-21', reading: 'monday-to-friday', canton: 'GE' },
    });
  });

  it('Monday-to-Saturday (norms §4 item 13): Saturdays count, the step says so', () => {
    // Tue 1 … Sat 5, Mon 7, Tue 8 September 2026 (7th); then Wed 9, Fri 11, Sat 12, Mon 14 … Thu 17 September 2026 (14th)
    const r = ocpmOrder({ orderedOn: '2026-08-31', paymentValidated: true, interpretation: { ocpmWorkingDays: 'monday-to-saturday' } });
    expect(r.delivery).toEqual({ earliest: '2026-09-08', latest: '2026-09-17', binding: false });
    const step = r.trace.at(-1)!;
    expect(step.values).toEqual({ earliest: '2026-09-08', latest: '2026-09-17', reading: 'monday-to-saturday', canton: 'GE' });
    expect(step.text.fr).toContain('en jours ouvrables du lundi au samedi,');
    expect(step.text.en).toContain('counting working days Monday to Saturday,');
  });

  it("the canton's holidays are the ones skipped: Zurich has no Jeûne genevois", () => {
    // Same order in Zurich: Thu 10 September 2026 counts → 14th working day Fri 18 September 2026
    expect(ocpmOrder({ orderedOn: '2026-08-31', paymentValidated: true, canton: 'ZH' }).delivery).toEqual({ earliest: '2026-09-09', latest: '2026-09-18', binding: false });
    expect(ocpmOrder({ orderedOn: '2026-08-31', paymentValidated: true, canton: 'GE' }).delivery.latest).toBe('2026-09-21');
  });

  it('the delivery dates do not depend on whether the payment is validated', () => {
    const paid = ocpmOrder({ orderedOn: '2026-12-21', paymentValidated: true });
    const unpaid = ocpmOrder({ orderedOn: '2026-12-21', paymentValidated: false });
    expect(unpaid.delivery).toEqual(paid.delivery);
  });
});

describe('ocpmOrder — dated terms', () => {
  it('labels the parameters with the order date, for two orders under the same terms', () => {
    const may = ocpmOrder({ orderedOn: '2026-05-04', paymentValidated: true }); // Mon 4 May 2026
    const june = ocpmOrder({ orderedOn: '2026-06-12', paymentValidated: true }); // Fri 12 June 2026
    expect(stepOf(may, 'ocpm.orders.parameters')?.values).toMatchObject({ asOf: '2026-05-04', deliveryMinWorkingDays: 7, deliveryMaxWorkingDays: 14 });
    expect(stepOf(june, 'ocpm.orders.parameters')?.values).toMatchObject({ asOf: '2026-06-12', 'deliveryMinWorkingDays.validFrom': '2024-10-01' });
    expect(stepOf(june, 'ocpm.orders.parameters')?.text.fr).toMatch(/en vigueur le 2026-06-12\.$/);
  });

  it('the terms apply from Tue 1 October 2024; an order of Mon 30 September 2024 has none', () => {
    const e = thrown(() => ocpmOrder({ orderedOn: '2024-09-30', paymentValidated: true }));
    expect(e).toMatchObject({ code: 'NO_NORM_IN_FORCE', details: { ruleSet: 'ocpm.orders', asOf: '2024-09-30' } });
    // Ordered Tue 1 October 2024 (no Geneva holiday in October): 7th working day Thu 10, 14th Mon 21 October 2024
    expect(ocpmOrder({ orderedOn: '2024-10-01', paymentValidated: false })).toMatchObject({
      cancellable: true,
      delivery: { earliest: '2024-10-10', latest: '2024-10-21', binding: false },
    });
  });
});

describe('ocpmOrder — the trace names the canton whose holidays were skipped', () => {
  it('Zurich: "holidays of canton ZH", not Geneva', () => {
    // Ordered Mon 31 August 2026 for delivery in Zurich: Thu 10 September 2026 (Jeûne genevois) counts there.
    const delivery = ocpmOrder({ orderedOn: '2026-08-31', paymentValidated: true, canton: 'ZH' }).trace.find((s) => s.rule === 'ocpm.orders.delivery')!;
    expect(delivery.text.fr).toContain('jours fériés du canton ZH exclus');
    expect(delivery.text.en).toContain('holidays of canton ZH excluded');
    expect(delivery.text.fr).not.toContain('genevois');
    expect(delivery.values?.canton).toBe('ZH');
    const geneva = ocpmOrder({ orderedOn: '2026-08-31', paymentValidated: true }).trace.find((s) => s.rule === 'ocpm.orders.delivery')!;
    expect(geneva.values?.canton).toBe('GE');
    expect(geneva.text.en).toContain('Geneva holidays excluded');
  });
});
