// The schemas whose static types the package publishes. scripts/gen-types.mjs prints each `Static<typeof …>`
// below as a plain interface (fields and their TSDoc, nothing imported) into types.generated.ts, which the
// schema files re-export; the assertions at the end make tsc fail if the two ever differ.
import type { Static } from '@sinclair/typebox';
import type * as Generated from './types.generated.js';
import type { ComputeDeadlineInputSchema, DayStatusInputSchema, DeemedDeliveryInputSchema, EnforcementActInputSchema, FilingSchema, OppositionDeadlineInputSchema, PaymentDeadlineInputSchema } from './calendar.js';
import type { AuthorizeCardPaymentInputSchema, CardDeadlinesInputSchema, OcpmOrderInputSchema } from './card.js';
import type { LocalizedSchema } from './common.js';
import type { EditionStatusSchema, NormEditionSchema } from './edition.js';
import type { CantonHolidaysSchema, HolidayRuleSchema, HolidayTableSchema } from './holidays.js';
import type { InterpretationSchema } from './interpretation.js';
import type { DeadlineComputerOptionsSchema, EvaluateOptionsSchema, RecalculationOptionsSchema, SeizurePlanOptionsSchema } from './options.js';
import type { CardMethodSchema, MethodSchema, ValidatePaymentInputSchema } from './payment.js';
import type { AdbStatusInputSchema, CanContinueInputSchema, CaseTimelineInputSchema, ExtractVisibilityInputSchema, HideRequestDecisionInputSchema, HideRequestInputSchema, MainleveeInputSchema, OppositionStateSchema, SaleWindowInputSchema } from './procedure.js';
import type { CitationSchema, ConditionSchema, DayAnchorSchema, EditionInfoSchema, FactSchema, LeafConditionSchema, ParameterSchema, PeriodSchema, RuleSchema, RuleSetSchema } from './rule-set.js';
import type { SeizureFileSchema } from './seizure-file.js';
import type { ExpenseSchema, MinimumVitalInputSchema, SeizableQuotaInputSchema, SeizureInterpretationSchema } from './seizure.js';

export type Filing = Static<typeof FilingSchema>;
/**
 * Input of `dayStatus`: a civil date, and the canton whose holidays count.
 * @interface
 */
export type DayStatusInput = Static<typeof DayStatusInputSchema>;
/**
 * Input of `computeDeadline`: the event, the period, and whether LP 63 applies.
 * @interface
 */
export type ComputeDeadlineInput = Static<typeof ComputeDeadlineInputSchema>;
/**
 * Input of `oppositionDeadline`: service of the payment order, and optionally the opposition as filed.
 * @interface
 */
export type OppositionDeadlineInput = Static<typeof OppositionDeadlineInputSchema>;
/**
 * Input of `paymentDeadline`: service of the payment order, and optionally a payment made.
 * @interface
 */
export type PaymentDeadlineInput = Static<typeof PaymentDeadlineInputSchema>;
/**
 * Input of `enforcementActAllowed`: the instant of the act, the procedure, the debtor's suspension.
 * @interface
 */
export type EnforcementActInput = Static<typeof EnforcementActInputSchema>;
/**
 * Input of `deemedDelivery`: the document and the failed delivery attempt.
 * @interface
 */
export type DeemedDeliveryInput = Static<typeof DeemedDeliveryInputSchema>;
/**
 * Input of `authorizeCardPayment`: the payment, the card as the issuer knows it, the merchant.
 * @interface
 */
export type AuthorizeCardPaymentInput = Static<typeof AuthorizeCardPaymentInputSchema>;
/**
 * Input of `cardDeadlines`: any of the expiry month, the statement's receipt, a reservation.
 * @interface
 */
export type CardDeadlinesInput = Static<typeof CardDeadlinesInputSchema>;
/**
 * Input of `ocpmOrder`: the order's date and whether its online payment was validated.
 * @interface
 */
export type OcpmOrderInput = Static<typeof OcpmOrderInputSchema>;
/** A text in French and English. */
export type LocalizedText = Static<typeof LocalizedSchema>;
/**
 * A norm edition file, as written.
 * @interface
 */
export type NormEdition = Static<typeof NormEditionSchema>;
/** The status of a norm edition: `official`, or `provisional` until it is adopted. */
export type EditionStatus = Static<typeof EditionStatusSchema>;
export type HolidayRule = Static<typeof HolidayRuleSchema>;
export type CantonHolidays = Static<typeof CantonHolidaysSchema>;
export type HolidayTable = Static<typeof HolidayTableSchema>;
/**
 * The alternative readings a caller may select where the law leaves a point open (norms §4); each
 * option left out takes its primary reading (`PRIMARY_READINGS`).
 * @interface
 */
export type Interpretation = Static<typeof InterpretationSchema>;
export type EvaluateOptionsInput = Static<typeof EvaluateOptionsSchema>;
export type DeadlineComputerOptionsInput = Static<typeof DeadlineComputerOptionsSchema>;
export type SeizurePlanOptionsInput = Static<typeof SeizurePlanOptionsSchema>;
export type RecalculationOptionsInput = Static<typeof RecalculationOptionsSchema>;
/**
 * A card payment method: brand, funding, and what the issuer reports about the card.
 * @interface
 */
export type CardMethod = Static<typeof CardMethodSchema>;
/**
 * How a payment is made: a card (`CardMethod`) or TWINT (`{ type: 'twint' }`).
 * @useDeclaredType
 */
export type PaymentMethod = Static<typeof MethodSchema>;
/**
 * Input of `validatePayment`: the office, the instant, the amount, what is paid, and how.
 * @interface
 */
export type ValidatePaymentInput = Static<typeof ValidatePaymentInputSchema>;
/** The opposition to a payment order: whether it covers only part of the claim, and the proceedings to lift it. */
export type OppositionState = Static<typeof OppositionStateSchema>;
/**
 * Input of `canContinue`: service of the payment order, the day of the request, payment, the opposition.
 * @interface
 */
export type CanContinueInput = Static<typeof CanContinueInputSchema>;
/**
 * Input of `saleWindow`: the seizure, the kind of asset, the last successful supplementary seizure.
 * @interface
 */
export type SaleWindowInput = Static<typeof SaleWindowInputSchema>;
/**
 * Input of `adbStatus`: issuance of the ADB, its notification to the creditor, the debtor's death.
 * @interface
 */
export type AdbStatusInput = Static<typeof AdbStatusInputSchema>;
/**
 * Input of `extractVisibility`: end of the procedure, withdrawal or payment, and the day of the extract.
 * @interface
 */
export type ExtractVisibilityInput = Static<typeof ExtractVisibilityInputSchema>;
/**
 * Input of `hideRequestEarliest`: service of the payment order; optionally the opposition, the end of the
 * procedure and the day of a request.
 * @interface
 */
export type HideRequestInput = Static<typeof HideRequestInputSchema>;
/**
 * Input of `hideRequestDecision`: the request not to disclose and what followed it, each by its date.
 * @interface
 */
export type HideRequestDecisionInput = Static<typeof HideRequestDecisionInputSchema>;
/**
 * Input of `mainleveeRoute`: the creditor's title.
 * @interface
 */
export type MainleveeInput = Static<typeof MainleveeInputSchema>;
/**
 * Input of `caseTimeline`: the known events of one poursuite; only service is required.
 * @interface
 */
export type CaseTimelineInput = Static<typeof CaseTimelineInputSchema>;
/**
 * A legal source, structured: document, article, alinéa, chiffre, lettre, e.g. LP 69 al. 2 ch. 2.
 * @interface
 */
export type Citation = Static<typeof CitationSchema>;
export type LeafCondition = Static<typeof LeafConditionSchema>;
/**
 * A json-rules-engine condition: `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }`, or a leaf
 * `{ fact, operator, value }` whose value may name a parameter (`{ fact: 'params', path: '$.name' }`).
 */
export type Condition = Static<typeof ConditionSchema>;
/**
 * One norm in a norm file: id, FR/EN title, citation, validity dates, conditions and the event it emits.
 * @interface
 */
export type RuleDefinition = Static<typeof RuleSchema>;
/**
 * A dated parameter of a norm family (an amount, a period, a list…), with every version it had.
 * @interface
 */
export type Parameter = Static<typeof ParameterSchema>;
/** A fact a norm file reads: its kind, whether it may be `null`, and its FR/EN description. */
export type FactDeclaration = Static<typeof FactSchema>;
/**
 * A norm file (`*.rules.json`) as written: its source, facts, dated parameters and rules.
 * @interface
 */
export type RuleSetDefinition = Static<typeof RuleSetSchema>;
/** A day of the year: a fixed month and day, or a number of days from Easter Sunday. */
export type DayAnchor = Static<typeof DayAnchorSchema>;
/** A dated period of the year (e.g. the féries), from one day anchor to another. */
export type Period = Static<typeof PeriodSchema>;
/**
 * One edition of a norm family, e.g. "NI-2026": its status, period, verification date and source.
 * @interface
 */
export type EditionInfo = Static<typeof EditionInfoSchema>;
/**
 * One open seizure file, as `recalculateQuotas` reads it (published as `SeizureFile.schema.json`).
 * @interface
 */
export type SeizureFile = Static<typeof SeizureFileSchema>;
/**
 * An expense: an amount counted as paid, or `{ amount, proven: false }` when payment is not proven (not counted).
 * @useDeclaredType
 */
export type Expense = Static<typeof ExpenseSchema>;
/** The readings a seizure computation may select where the law leaves a point open (norms §4). */
export type SeizureInterpretation = Static<typeof SeizureInterpretationSchema>;
/**
 * Input of `computeMinimumVital`: the reference date, the household, the expenses.
 * @interface
 */
export type MinimumVitalInput = Static<typeof MinimumVitalInputSchema>;
/**
 * Input of `seizableQuota`: the net incomes and the minimum vital, monthly.
 * @interface
 */
export type SeizableQuotaInput = Static<typeof SeizableQuotaInputSchema>;

/** True when A and B are the same type (each assignable to the other, and no `any` hiding a difference). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const SAME_AS_GENERATED: {
  Filing: Same<Filing, Generated.Filing>;
  DayStatusInput: Same<DayStatusInput, Generated.DayStatusInput>;
  ComputeDeadlineInput: Same<ComputeDeadlineInput, Generated.ComputeDeadlineInput>;
  OppositionDeadlineInput: Same<OppositionDeadlineInput, Generated.OppositionDeadlineInput>;
  PaymentDeadlineInput: Same<PaymentDeadlineInput, Generated.PaymentDeadlineInput>;
  EnforcementActInput: Same<EnforcementActInput, Generated.EnforcementActInput>;
  DeemedDeliveryInput: Same<DeemedDeliveryInput, Generated.DeemedDeliveryInput>;
  AuthorizeCardPaymentInput: Same<AuthorizeCardPaymentInput, Generated.AuthorizeCardPaymentInput>;
  CardDeadlinesInput: Same<CardDeadlinesInput, Generated.CardDeadlinesInput>;
  OcpmOrderInput: Same<OcpmOrderInput, Generated.OcpmOrderInput>;
  LocalizedText: Same<LocalizedText, Generated.LocalizedText>;
  NormEdition: Same<NormEdition, Generated.NormEdition>;
  EditionStatus: Same<EditionStatus, Generated.EditionStatus>;
  HolidayRule: Same<HolidayRule, Generated.HolidayRule>;
  CantonHolidays: Same<CantonHolidays, Generated.CantonHolidays>;
  HolidayTable: Same<HolidayTable, Generated.HolidayTable>;
  Interpretation: Same<Interpretation, Generated.Interpretation>;
  EvaluateOptionsInput: Same<EvaluateOptionsInput, Generated.EvaluateOptionsInput>;
  DeadlineComputerOptionsInput: Same<DeadlineComputerOptionsInput, Generated.DeadlineComputerOptionsInput>;
  SeizurePlanOptionsInput: Same<SeizurePlanOptionsInput, Generated.SeizurePlanOptionsInput>;
  RecalculationOptionsInput: Same<RecalculationOptionsInput, Generated.RecalculationOptionsInput>;
  CardMethod: Same<CardMethod, Generated.CardMethod>;
  PaymentMethod: Same<PaymentMethod, Generated.PaymentMethod>;
  ValidatePaymentInput: Same<ValidatePaymentInput, Generated.ValidatePaymentInput>;
  OppositionState: Same<OppositionState, Generated.OppositionState>;
  CanContinueInput: Same<CanContinueInput, Generated.CanContinueInput>;
  SaleWindowInput: Same<SaleWindowInput, Generated.SaleWindowInput>;
  AdbStatusInput: Same<AdbStatusInput, Generated.AdbStatusInput>;
  ExtractVisibilityInput: Same<ExtractVisibilityInput, Generated.ExtractVisibilityInput>;
  HideRequestInput: Same<HideRequestInput, Generated.HideRequestInput>;
  HideRequestDecisionInput: Same<HideRequestDecisionInput, Generated.HideRequestDecisionInput>;
  MainleveeInput: Same<MainleveeInput, Generated.MainleveeInput>;
  CaseTimelineInput: Same<CaseTimelineInput, Generated.CaseTimelineInput>;
  Citation: Same<Citation, Generated.Citation>;
  LeafCondition: Same<LeafCondition, Generated.LeafCondition>;
  Condition: Same<Condition, Generated.Condition>;
  RuleDefinition: Same<RuleDefinition, Generated.RuleDefinition>;
  Parameter: Same<Parameter, Generated.Parameter>;
  FactDeclaration: Same<FactDeclaration, Generated.FactDeclaration>;
  RuleSetDefinition: Same<RuleSetDefinition, Generated.RuleSetDefinition>;
  DayAnchor: Same<DayAnchor, Generated.DayAnchor>;
  Period: Same<Period, Generated.Period>;
  EditionInfo: Same<EditionInfo, Generated.EditionInfo>;
  SeizureFile: Same<SeizureFile, Generated.SeizureFile>;
  Expense: Same<Expense, Generated.Expense>;
  SeizureInterpretation: Same<SeizureInterpretation, Generated.SeizureInterpretation>;
  MinimumVitalInput: Same<MinimumVitalInput, Generated.MinimumVitalInput>;
  SeizableQuotaInput: Same<SeizableQuotaInput, Generated.SeizableQuotaInput>;
} = {
  Filing: true,
  DayStatusInput: true,
  ComputeDeadlineInput: true,
  OppositionDeadlineInput: true,
  PaymentDeadlineInput: true,
  EnforcementActInput: true,
  DeemedDeliveryInput: true,
  AuthorizeCardPaymentInput: true,
  CardDeadlinesInput: true,
  OcpmOrderInput: true,
  LocalizedText: true,
  NormEdition: true,
  EditionStatus: true,
  HolidayRule: true,
  CantonHolidays: true,
  HolidayTable: true,
  Interpretation: true,
  EvaluateOptionsInput: true,
  DeadlineComputerOptionsInput: true,
  SeizurePlanOptionsInput: true,
  RecalculationOptionsInput: true,
  CardMethod: true,
  PaymentMethod: true,
  ValidatePaymentInput: true,
  OppositionState: true,
  CanContinueInput: true,
  SaleWindowInput: true,
  AdbStatusInput: true,
  ExtractVisibilityInput: true,
  HideRequestInput: true,
  HideRequestDecisionInput: true,
  MainleveeInput: true,
  CaseTimelineInput: true,
  Citation: true,
  LeafCondition: true,
  Condition: true,
  RuleDefinition: true,
  Parameter: true,
  FactDeclaration: true,
  RuleSetDefinition: true,
  DayAnchor: true,
  Period: true,
  EditionInfo: true,
  SeizureFile: true,
  Expense: true,
  SeizureInterpretation: true,
  MinimumVitalInput: true,
  SeizableQuotaInput: true,
};
