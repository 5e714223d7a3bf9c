// MediaWiki 1.39's number marks per EU UI language (MessagesXx.php's $separatorTransformTable and
// $minimumGroupingDigits): the project's own table, checked against those files by test/locale/mediawiki-oracle.test.ts.

export interface NumberMarks {
  /** The digit-group separator formatNum writes (a no-break space where it is `\u00a0`). */
  readonly group: string;
  readonly decimal: string;
  /** A number is grouped only from this many digits before the first group: 2 leaves `1234` ungrouped. */
  readonly minimumGroupingDigits: number;
}

const NBSP = '\u00a0';
const spaceComma: NumberMarks = { group: NBSP, decimal: ',', minimumGroupingDigits: 1 };
const dotComma: NumberMarks = { group: '.', decimal: ',', minimumGroupingDigits: 1 };
const english: NumberMarks = { group: ',', decimal: '.', minimumGroupingDigits: 1 };

export const NUMBER_MARKS: Readonly<Record<string, NumberMarks>> = {
  bg: { ...spaceComma, minimumGroupingDigits: 2 },
  cs: spaceComma,
  da: dotComma,
  de: dotComma,
  el: dotComma,
  en: english,
  es: { ...spaceComma, minimumGroupingDigits: 2 },
  et: { ...spaceComma, minimumGroupingDigits: 2 },
  fi: spaceComma,
  fr: spaceComma,
  ga: english,
  hr: dotComma,
  hu: spaceComma,
  it: spaceComma,
  lt: spaceComma,
  lv: spaceComma,
  mt: english,
  nl: dotComma,
  pl: { ...spaceComma, minimumGroupingDigits: 2 },
  pt: spaceComma,
  ro: dotComma,
  sk: spaceComma,
  sl: dotComma,
  sv: spaceComma,
};

/** The minus sign formatNum writes in every language. */
export const MEDIAWIKI_MINUS = '\u2212';
