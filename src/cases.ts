/**
 * lp-rules/cases: the case files of legal staff — French Gherkin (`*.feature`) or CSV, read, run against
 * the SDK and reported (what `lp-rules test` does). Apart from the main entry so that an integrator's
 * bundle of the SDK carries no case-file parser, question table or report.
 * @packageDocumentation
 */
export { parseCases, runCases, caseReport, LpCaseError, type Case, type CaseProblem, type CaseResult, type FigureResult, type CaseRefusal, type Expected as ExpectedFigure, type Operation as CaseOperation, type QuestionId } from './cases/index.js';
export { safeParseCases, safeRunCases, safeCaseReport } from './api/safe-cases.js';
