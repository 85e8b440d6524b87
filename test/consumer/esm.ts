// A consumer's code, typechecked against the packed package (test/consumer-types.test.ts). Each
// `@ts-expect-error` is a wrong input the published types must refuse; an unused one fails the check.
import { LpInputError, oppositionDeadline, validatePayment, type Issue, type IssueCode, type ReasonCode, type ValidatePaymentInput } from 'lp-rules';
import { evaluate as evaluateReference, createReference } from 'lp-rules/reference';
import { evaluate, type Evaluation } from 'lp-rules';

const input: ValidatePaymentInput = { amount: '250.00', target: { kind: 'poursuite', balance: '1000.00' }, method: { type: 'twint' } };
const r = validatePayment(input);
if (r.accepted) {
  const kind: 'full' | 'partial' | undefined = r.kind;
  const none: [] = r.reasons;
  void kind, none;
} else {
  const first: ReasonCode = r.reasons[0].code;
  void first;
}
try {
  oppositionDeadline({ notifiedOn: '2026-03-18' });
} catch (e) {
  if (e instanceof LpInputError) {
    const issues: readonly Issue[] = e.issues;
    const code: IssueCode | undefined = issues[0]?.code;
    void code;
  }
}

// @ts-expect-error a number is not a payment
validatePayment(42);
// @ts-expect-error the payment method is required
validatePayment({ amount: '1.00' });
// @ts-expect-error cash is no payment method
validatePayment({ amount: '1.00', method: { type: 'cash' } });
// @ts-expect-error a card needs its brand and funding
validatePayment({ amount: '1.00', method: { type: 'card' } });
// @ts-expect-error a date is a YYYY-MM-DD string, not a Date
oppositionDeadline({ notifiedOn: new Date() });
// @ts-expect-error no such field
oppositionDeadline({ notifiedOn: '2026-03-18', notified: '2026-03-18' });
// @ts-expect-error not a reason code of the package
const wrongReason: ReasonCode = 'NOT_A_CODE';
// @ts-expect-error not an issue code
const wrongIssue: IssueCode = 'NOT_AN_ISSUE';
// @ts-expect-error a refused payment has no kind
const refusedKind: 'full' = (r.accepted === false ? r : null)!.kind;
void wrongReason, wrongIssue, refusedKind;

// The reference evaluator, from its own subpath: a Promise of the same evaluation.
const compiledEvaluation: Evaluation = evaluate('payment.ocp', {}, { asOf: '2026-05-04' });
const referenceEvaluation: Promise<Evaluation> = evaluateReference('payment.ocp', {}, { asOf: '2026-05-04', engine: 'reference' });
void compiledEvaluation, referenceEvaluation, createReference;
// @ts-expect-error the main entry's evaluate is the compiled one only
evaluate('payment.ocp', {}, { engine: 'reference' });
// @ts-expect-error the reference evaluation is a Promise, not an evaluation
const notAwaited: Evaluation = evaluateReference('payment.ocp', {}, { engine: 'reference' });
void notAwaited;

// Legal staff's case files, from their own subpath.
import { parseCases, runCases, safeParseCases, LpCaseError, type Case, type CaseResult } from 'lp-rules/cases';
const cases: Case[] = parseCases('# language: fr\n', 'none.feature');
const caseResults: CaseResult[] = runCases(cases);
const parsed = safeParseCases('', 'none.csv');
if (!parsed.ok) void (parsed.error instanceof LpCaseError);
void caseResults;
// @ts-expect-error a case file is text, not a number
parseCases(42, 'none.feature');
