// A profile field that holds a regular expression: refused when read unless it compiles with the `u` flag.
import { z } from 'zod';
import { memo } from '../util/memo.js';

export const RegexStringSchema = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected a valid regular expression' },
);

/** A profile's pattern compiled (once per pattern), as the schema checked it compiles. */
export const profileRegex = memo('profile.regex', (source: string) => new RegExp(source, 'u'));
