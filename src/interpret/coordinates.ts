// Globe coordinates as Wikibase's item view shows them (`51°45'27.7"N, 18°5'29.8"E`), read back to a value.
import { EARTH, type GlobeCoordinateValue } from '../model/index.js';

const PART = String.raw`(\d{1,3})°\s*(?:(\d{1,2})['′]\s*(?:(\d{1,2}(?:[.,]\d+)?)["″]\s*)?)?`;
const DMS = new RegExp(String.raw`^${PART}([NS])\s*[,;]?\s+${PART}([EW])$`, 'u');
const DECIMAL = /^(\d{1,3}(?:[.,]\d+)?)°\s*([NS])\s*[,;]?\s+(\d{1,3}(?:[.,]\d+)?)°\s*([EW])$/u;

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s.replace(',', '.')));
const decimals = (s: string | undefined): number => (s === undefined || !/[.,]/u.test(s) ? 0 : s.split(/[.,]/u)[1]?.length ?? 0);

/** Rounds to `places` decimals without a binary tail (51.7577, not 51.757700000000004). */
/** No coordinate Wikibase shows is longer; a longer text is spared the patterns (they backtrack over spaces). */
const MAX_LENGTH = 100;

const round = (x: number, places: number): number => Number(x.toFixed(places));

/**
 * The value behind a coordinate line. The view rounds what it shows to the value's precision, so the precision is
 * inferred from what is shown (whole degrees, minutes, seconds, tenths or hundredths of a second: 1, 1/60,
 * 1/3600, 1e-4, 1e-5 degrees: the last two are what the EU Knowledge Graph uses) and the decimal degrees are
 * rounded to it, which gives back the stored value exactly whenever it had no more decimals than its precision.
 */
export function parseCoordinates(text: string): GlobeCoordinateValue['value'] | null {
  if (text.length > MAX_LENGTH) return null;
  const dms = DMS.exec(text.trim());
  if (dms !== null) {
    const [, latD, latM, latS, ns, lonD, lonM, lonS, ew] = dms;
    const shown = latS !== undefined ? 2 + decimals(latS) : latM !== undefined ? 1 : 0;
    const [precision, places] = ([[1, 0], [1 / 60, 4], [1 / 3600, 4], [1e-4, 4], [1e-5, 5], [1e-6, 6]] as const)[Math.min(shown, 5)] ?? [1e-6, 6];
    const lat = (num(latD) + num(latM) / 60 + num(latS) / 3600) * (ns === 'S' ? -1 : 1);
    const lon = (num(lonD) + num(lonM) / 60 + num(lonS) / 3600) * (ew === 'W' ? -1 : 1);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 360) return null;
    return { latitude: round(lat, places), longitude: round(lon, places), altitude: null, precision, globe: EARTH };
  }
  const dec = DECIMAL.exec(text.trim());
  if (dec !== null) {
    const [, latText, ns, lonText, ew] = dec;
    const places = Math.max(decimals(latText), decimals(lonText));
    const lat = num(latText) * (ns === 'S' ? -1 : 1);
    const lon = num(lonText) * (ew === 'W' ? -1 : 1);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 360) return null;
    return { latitude: lat, longitude: lon, altitude: null, precision: 10 ** -places, globe: EARTH };
  }
  return null;
}
