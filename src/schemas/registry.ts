import { RuleSetSchema } from './rule-set.js';
import { NormEditionSchema } from './edition.js';
import { ValidatePaymentInputSchema } from './payment.js';
import {
  ComputeDeadlineInputSchema,
  DayStatusInputSchema,
  DeemedDeliveryInputSchema,
  EnforcementActInputSchema,
  OppositionDeadlineInputSchema,
  PaymentDeadlineInputSchema,
} from './calendar.js';
import { MinimumVitalInputSchema, SeizableQuotaInputSchema } from './seizure.js';
import {
  AdbStatusInputSchema,
  CanContinueInputSchema,
  CaseTimelineInputSchema,
  ExtractVisibilityInputSchema,
  HideRequestDecisionInputSchema,
  HideRequestInputSchema,
  MainleveeInputSchema,
  SaleWindowInputSchema,
} from './procedure.js';
import { SeizureFileSchema } from './seizure-file.js';
import { DeadlineComputerOptionsSchema, EvaluateOptionsSchema, RecalculationOptionsSchema, SeizurePlanOptionsSchema } from './options.js';
import { AuthorizeCardPaymentInputSchema, CardDeadlinesInputSchema, OcpmOrderInputSchema } from './card.js';

/**
 * Every published JSON Schema, by name. `scripts/schemas.mjs` compiles these into standalone
 * validators (no `new Function` at run time) and writes them as `dist/schemas/<name>.schema.json`.
 */
export const SCHEMAS = {
  RuleSet: RuleSetSchema,
  NormEdition: NormEditionSchema,
  ValidatePaymentInput: ValidatePaymentInputSchema,
  DayStatusInput: DayStatusInputSchema,
  ComputeDeadlineInput: ComputeDeadlineInputSchema,
  OppositionDeadlineInput: OppositionDeadlineInputSchema,
  PaymentDeadlineInput: PaymentDeadlineInputSchema,
  EnforcementActInput: EnforcementActInputSchema,
  DeemedDeliveryInput: DeemedDeliveryInputSchema,
  MinimumVitalInput: MinimumVitalInputSchema,
  SeizableQuotaInput: SeizableQuotaInputSchema,
  CanContinueInput: CanContinueInputSchema,
  SaleWindowInput: SaleWindowInputSchema,
  AdbStatusInput: AdbStatusInputSchema,
  ExtractVisibilityInput: ExtractVisibilityInputSchema,
  HideRequestInput: HideRequestInputSchema,
  HideRequestDecisionInput: HideRequestDecisionInputSchema,
  MainleveeInput: MainleveeInputSchema,
  CaseTimelineInput: CaseTimelineInputSchema,
  AuthorizeCardPaymentInput: AuthorizeCardPaymentInputSchema,
  CardDeadlinesInput: CardDeadlinesInputSchema,
  OcpmOrderInput: OcpmOrderInputSchema,
  SeizureFile: SeizureFileSchema,
  EvaluateOptions: EvaluateOptionsSchema,
  DeadlineComputerOptions: DeadlineComputerOptionsSchema,
  SeizurePlanOptions: SeizurePlanOptionsSchema,
  RecalculationOptions: RecalculationOptionsSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

export { RESULT_SCHEMAS } from './results.js';
