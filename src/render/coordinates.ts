// Writes a globe coordinate as Wikibase's item view shows it: `51°45'27.7"N, 18°5'29.8"E` (DataValues' LatLongFormatter).
import { EARTH, type GlobeCoordinateValue } from '../model/index.js';

/** Digits after the point of a count of units (60 per degree for minutes, 3600 for seconds) at this precision. */
const digitsFor = (unitsPerDegree: number, precision: number): number => Math.ceil(-Math.log10(unitsPerDegree * precision));

/** PHP's round(): half away from zero. */
function round(x: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
}

const fixed = (x: number, digits: number): string => x.toFixed(Math.max(0, digits));

/** One coordinate in Wikibase's settings: degree-minute-second (coarser where the precision is), then N/S or E/W. */
function coordinate(degrees: number, precision: number, positive: string, negative: string): string {
  // Snap to the precision first, as LatLongFormatter does, then near-whole minutes and degrees count as such.
  const snapped = (degrees > 0 ? 1 : -1) * Math.round(Math.abs(degrees) / precision) * precision;
  let p = precision;
  if (p >= 1 - 1 / 60 && p < 1) p = 1;
  else if (p >= 1 / 60 - 1 / 3600 && p < 1 / 60) p = 1 / 60;
  let text: string;
  // Where LatLongFormatter writes a minus sign, which the directional form turns into S or W.
  let minus: boolean;
  if (p >= 1) {
    const shown = fixed(snapped, digitsFor(1, p));
    minus = shown.startsWith('-');
    text = `${shown.replace(/^-/u, '')}°`;
  } else if (p >= 1 / 60) {
    const minuteDigits = digitsFor(60, p);
    let minutes = round(Math.abs(snapped) * 60, Math.max(0, minuteDigits));
    const whole = Math.trunc(minutes / 60);
    minutes -= whole * 60;
    text = `${whole}°${fixed(minutes, minuteDigits)}'`;
    minus = snapped < 0 && whole + minutes > 0;
  } else {
    const secondDigits = digitsFor(3600, p);
    let seconds = round(Math.abs(snapped) * 3600, Math.max(0, secondDigits));
    let minutes = Math.trunc(seconds / 60);
    const whole = Math.trunc(minutes / 60);
    seconds -= minutes * 60;
    minutes -= whole * 60;
    text = `${whole}°${minutes}'${fixed(seconds, secondDigits)}"`;
    minus = snapped < 0 && whole + minutes + seconds > 0;
  }
  return `${text}${minus ? negative : positive}`;
}

/**
 * `lat, long` in degrees, minutes and seconds with as many decimals of a second as the precision asks (one for
 * 1e-4°, two for 1e-5°), minutes only from 1/60° and whole degrees from 1°; no precision counts as 1/3600°. Null for
 * another globe than the Earth, whose name Wikibase adds from a message we do not ship.
 */
export function formatGlobeCoordinate(value: GlobeCoordinateValue['value']): string | null {
  if (value.globe !== EARTH) return null;
  const precision = value.precision === null || !(value.precision > 0) ? 1 / 3600 : value.precision;
  return `${coordinate(value.latitude, precision, 'N', 'S')}, ${coordinate(value.longitude, precision, 'E', 'W')}`;
}
