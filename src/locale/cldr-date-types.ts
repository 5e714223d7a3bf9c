// The shape of what the date reader asks CLDR about a language (cldr-dates.ts), apart so the kept table can name it.

/** A part of a formatted date: `day`, `month`, `year`, `literal` or another of Intl's part types, and its text. */
export type DatePart = readonly [type: string, value: string];

export interface CldrDates {
  /**
   * Each month's name (empty where CLDR writes a number) in six forms: long and short, each beside a day
   * (`day`), alone, and beside a year (`year`), in that order: `long-day`, `long-alone`, `long-year`, then short.
   */
  readonly months: Readonly<Record<MonthForm, readonly string[]>>;
  /** The parts of 15 September 2018 with a day, month and year, and with a month and year (long and short), and of the year alone. */
  readonly shapes: Readonly<Record<ShapeForm, readonly DatePart[]>>;
}

export type MonthForm = `${'long' | 'short'}-${'day' | 'alone' | 'year'}`;
export type ShapeForm = `${'long' | 'short'}-${'day' | 'month'}` | 'year';
