// The codes ICU names that no rule can list: found once by scanning every candidate code (seconds of Intl calls),
// kept here so that no thread pays that scan at start-up. test/locale/icu-codes.test.ts scans again and fails,
// printing the new lists, if the running Node's ICU names a code these lists lack.
// Generated with Node 20.20.2 (ICU 78.2, Unicode 17.0), by asking English, whose CLDR name list is the fullest.

/** Three-letter language codes with an English name (`nds`, `yue`), canonical, in code order. */
export const THREE_LETTER_LANGUAGES: readonly string[] = [
  'ace', 'ach', 'ada', 'ady', 'aeb', 'afh', 'agq', 'ain', 'akk', 'akz', 'ale', 'aln', 'alt', 'ang', 'ann', 'anp',
  'arc', 'arn', 'aro', 'arp', 'arq', 'ars', 'arw', 'ary', 'arz', 'asa', 'ase', 'ast', 'atj', 'avk', 'awa', 'bal',
  'ban', 'bar', 'bas', 'bax', 'bbc', 'bbj', 'bej', 'bem', 'bew', 'bez', 'bfd', 'bfq', 'bgc', 'bgn', 'bho', 'bik',
  'bin', 'bjn', 'bkm', 'bla', 'blo', 'blt', 'bpy', 'bqi', 'bra', 'brh', 'brx', 'bss', 'bua', 'bug', 'bum', 'byn',
  'byv', 'cad', 'car', 'cay', 'cch', 'ccp', 'ceb', 'cgg', 'chb', 'chg', 'chk', 'chm', 'chn', 'cho', 'chp', 'chr',
  'chy', 'cic', 'ckb', 'clc', 'cop', 'cps', 'crg', 'crh', 'crj', 'crk', 'crl', 'crm', 'crr', 'crs', 'csb', 'csw',
  'dak', 'dar', 'dav', 'del', 'den', 'dgr', 'din', 'dje', 'doi', 'dsb', 'dtp', 'dua', 'dum', 'dyo', 'dyu', 'dzg',
  'ebu', 'efi', 'egl', 'egy', 'eka', 'elx', 'enm', 'esu', 'ewo', 'ext', 'fan', 'fil', 'fit', 'fon', 'frc', 'frm',
  'fro', 'frp', 'frr', 'frs', 'fur', 'gaa', 'gag', 'gan', 'gay', 'gba', 'gbz', 'gez', 'gil', 'glk', 'gmh', 'goh',
  'gon', 'gor', 'got', 'grb', 'grc', 'gsw', 'guc', 'gur', 'guz', 'gwi', 'hai', 'hak', 'haw', 'hax', 'hif', 'hil',
  'hit', 'hmn', 'hnj', 'hsb', 'hsn', 'hup', 'hur', 'iba', 'ibb', 'ikt', 'ilo', 'inh', 'izh', 'jam', 'jbo', 'jgo',
  'jmc', 'jpr', 'jrb', 'jut', 'kaa', 'kab', 'kac', 'kaj', 'kam', 'kaw', 'kbd', 'kbl', 'kcg', 'kde', 'kea', 'kek',
  'ken', 'kfo', 'kgp', 'kha', 'kho', 'khq', 'khw', 'kiu', 'kkj', 'kln', 'kmb', 'koi', 'kok', 'kos', 'kpe', 'krc',
  'kri', 'krj', 'krl', 'kru', 'ksb', 'ksf', 'ksh', 'kum', 'kut', 'kwk', 'kxv', 'lad', 'lag', 'lah', 'lam', 'lez',
  'lfn', 'lij', 'lil', 'liv', 'lkt', 'lmo', 'lol', 'lou', 'loz', 'lrc', 'lsm', 'ltg', 'lua', 'lui', 'lun', 'luo',
  'lus', 'luy', 'lzh', 'lzz', 'mad', 'maf', 'mag', 'mai', 'mak', 'man', 'mas', 'mde', 'mdf', 'mdr', 'men', 'mer',
  'mfe', 'mga', 'mgh', 'mgo', 'mic', 'min', 'mnc', 'mni', 'moe', 'moh', 'mos', 'mrj', 'mua', 'mul', 'mus', 'mwl',
  'mwr', 'mwv', 'mye', 'myv', 'mzn', 'nan', 'nap', 'naq', 'nds', 'new', 'nia', 'niu', 'njo', 'nmg', 'nnh', 'nog',
  'non', 'nov', 'nqo', 'nso', 'nus', 'nwc', 'nym', 'nyn', 'nyo', 'nzi', 'ojb', 'ojc', 'ojs', 'ojw', 'oka', 'osa',
  'ota', 'pag', 'pal', 'pam', 'pap', 'pau', 'pcd', 'pcm', 'pdc', 'pdt', 'peo', 'pfl', 'phn', 'pis', 'pms', 'pnt',
  'pon', 'pqm', 'prg', 'pro', 'quc', 'qug', 'raj', 'rap', 'rar', 'rgn', 'rhg', 'rif', 'rof', 'rom', 'rtm', 'rue',
  'rug', 'rup', 'rwk', 'sad', 'sah', 'sam', 'saq', 'sas', 'sat', 'saz', 'sba', 'sbp', 'scn', 'sco', 'sdc', 'sdh',
  'see', 'seh', 'sei', 'sel', 'ses', 'sga', 'sgs', 'shi', 'shn', 'shu', 'sid', 'slh', 'sli', 'sly', 'sma', 'smj',
  'smn', 'sms', 'snk', 'sog', 'srn', 'srr', 'ssy', 'stq', 'str', 'suk', 'sus', 'sux', 'swb', 'syc', 'syr', 'szl',
  'tce', 'tcy', 'tem', 'teo', 'ter', 'tet', 'tgx', 'tht', 'tig', 'tiv', 'tkl', 'tkr', 'tlh', 'tli', 'tly', 'tmh',
  'tog', 'tok', 'tpi', 'tru', 'trv', 'trw', 'tsd', 'tsi', 'ttm', 'ttt', 'tum', 'tvl', 'twq', 'tyv', 'tzm', 'udm',
  'uga', 'umb', 'vai', 'vec', 'vep', 'vls', 'vmf', 'vmw', 'vot', 'vro', 'vun', 'wae', 'wal', 'war', 'was', 'wbp',
  'wuu', 'xal', 'xmf', 'xnr', 'xog', 'yao', 'yap', 'yav', 'ybb', 'yrl', 'yue', 'zap', 'zbl', 'zea', 'zen', 'zgh',
  'zun', 'zxx', 'zza',
];

/** Region subtags with an English name, canonical: two letters (`GB`), then UN M.49 areas (`419`), in code order. */
export const REGIONS: readonly string[] = [
  'AC', 'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB',
  'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CP', 'CQ', 'CR', 'CU', 'CV', 'CW', 'CX',
  'CY', 'CZ', 'DE', 'DG', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EA', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'EU', 'EZ',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ',
  'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'IC', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO',
  'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF',
  'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR',
  'PS', 'PT', 'PW', 'PY', 'QA', 'QO', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI',
  'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TA', 'TC', 'TD', 'TF', 'TG', 'TH',
  'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'UN', 'US', 'UY', 'UZ', 'VA',
  'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XA', 'XB', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW', 'ZZ', '001', '002',
  '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039',
  '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419',
];

/** Scripts that CLDR's likely subtags give some language or region, in the order a scan of those finds them. */
export const SCRIPTS: readonly string[] = [
  'Latn', 'Cyrl', 'Avst', 'Ethi', 'Arab', 'Beng', 'Deva', 'Tibt', 'Cans', 'Thaa', 'Grek', 'Gujr', 'Hebr', 'Armn',
  'Yiii', 'Jpan', 'Geor', 'Khmr', 'Knda', 'Kore', 'Laoo', 'Mlym', 'Mymr', 'Orya', 'Guru', 'Sinh', 'Taml', 'Telu',
  'Thai', 'Hans', 'Hant',
];

/**
 * Language-plus-region or -script codes whose English name is a name of its own (`British English`, not
 * `English (United Kingdom)`), in order of language, then region, then script.
 */
export const NAMED_VARIANTS: readonly string[] = [
  'ar-001', 'de-AT', 'de-CH', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'es-ES', 'es-MX', 'es-419', 'fa-AF', 'fr-CA',
  'fr-CH', 'nl-BE', 'pt-BR', 'pt-PT', 'ro-MD', 'sr-ME', 'sw-CD', 'zh-Hans', 'zh-Hant',
];
