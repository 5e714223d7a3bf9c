// The numbers options take, as commander argument parsers: one whole-number parser and one for decimals, so every
// option words its refusal the same way (and commander sends it to the injected stderr with exit 2).
import { InvalidArgumentError } from 'commander';

/** Parses a whole number from `min` (to `max`): digits only, no sign, no exponent, no fraction. */
export function wholeNumber(flag: string, min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/u.test(value) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `from ${min}` : `from ${min} to ${max}`;
      throw new InvalidArgumentError(`${flag} expects a whole number ${range}, got "${value}"`);
    }
    return n;
  };
}

/** Parses a number above 0 (seconds, a rate), decimals allowed. */
export function positiveNumber(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${flag} expects a positive number, got "${value}"`);
    return n;
  };
}
