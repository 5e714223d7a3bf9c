// When QuickStatements takes two statements of a property for the same one (it finds a statement by its value).
import { entityIdOf, type Snak } from '../../model/index.js';

/**
 * A key equal for two main snaks exactly when QuickStatements' compareDatavalue (public_html/quickstatements.php)
 * finds them equal. QuickStatements adds a statement only if none of the property has an equal value, and
 * hangs qualifiers and references on the last statement with an equal value; so a second statement with an
 * equal value would not be created, and its qualifiers and references would land on the first.
 */
export function matchKey(snak: Snak): string {
  if (snak.snaktype !== 'value') return snak.snaktype;
  const dv = snak.datavalue;
  switch (dv.type) {
    case 'string':
      return `string:${dv.value.normalize('NFD')}`;
    case 'monolingualtext':
      return `monolingualtext:${dv.value.language}:${dv.value.text}`;
    case 'quantity':
      // QuickStatements compares `amount*1` as PHP floats and ignores units and bounds; Number() does the
      // same here, only to predict that comparison.
      return `quantity:${Number(dv.value.amount)}`;
    case 'time':
      // "The Leading Zeroes Dance": zeros after the sign do not count; calendar and precision do.
      return `time:${dv.value.calendarmodel}:${dv.value.precision}:${dv.value.time.replace(/^([+-]?)0*/u, '$1')}`;
    case 'globecoordinate':
      return `globecoordinate:${dv.value.latitude}:${dv.value.longitude}:${dv.value.globe}`;
    case 'wikibase-entityid':
      return `entity:${dv.value['entity-type']}:${entityIdOf(dv.value)}`;
  }
}
