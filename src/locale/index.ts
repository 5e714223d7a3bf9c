// The locale layer: numbers, dates and language names as a Wikibase UI language renders them, learned from Intl.
export { parseLocalisedAmountWithUncertainty, parseLocalisedDecimal, type LocalisedQuantityAmount } from './numbers.js';
export { parseLocalisedDate, type LocalisedDate, type LocalisedDateError } from './dates.js';
export { commonLanguageCodeForName, languageCodeForName, languageName } from './language-names.js';
export { formatMonthNames, formatPatternDate, parsePatternDate, type PatternDate } from './date-pattern.js';
export { formatLocaleAmount, parseLocaleAmount } from './locale-amount.js';
