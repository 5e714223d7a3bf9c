// QuickStatements output formats: V1 commands and the CSV import.
export {
  quickStatementsCsvEmitter,
  quickStatementsEmitter,
  CSV_DIALECT,
  V1_DIALECT,
  itemName,
} from './quickstatements-emitter.js';
export {
  planItem,
  orderedSnaks,
  type Dialect,
  type Plan,
  type PlanContext,
  type PlannedSnak,
  type PlannedStatement,
  type PlannedTerm,
  type TermKind,
} from './plan.js';
export { v1Lines, statementLines, subjectOf } from './commands.js';
export { CsvTable, csvField, csvRecord } from './csv.js';
export {
  dataValueSyntax,
  snakSyntax,
  plainNumber,
  QUICKSTATEMENTS_COORDINATE_PRECISION,
  type ValueContext,
  type ValueSyntax,
} from './values.js';
export { matchKey } from './matching.js';
export { codeProblem, csvQuotedText, csvTermText, v1QuotedText, type TextProblem } from './text.js';
export { exactDecimalOfDouble, floatReaches, quickStatementsBound } from './binary-float.js';
