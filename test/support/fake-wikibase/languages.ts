// The language codes the fake wiki knows (MediaWiki's Names.php is far longer; these are the ones tests meet).

/** ISO 639-1 codes, MediaWiki's `mul`, and the variants the EU Knowledge Graph and its neighbours use. */
const CODES =
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en ' +
  'eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ' +
  'ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ' +
  'ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st ' +
  'su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu mul ' +
  'de-at de-ch en-gb en-ca pt-br zh-hans zh-hant zh-cn zh-tw sr-ec sr-el be-tarask nds-nl ast gsw lij vec fur szl';

export const KNOWN_LANGUAGES: ReadonlySet<string> = new Set(CODES.split(/\s+/u));

export function isKnownLanguage(code: string): boolean {
  return KNOWN_LANGUAGES.has(code);
}
