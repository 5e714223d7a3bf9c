// A profile field that holds a regular expression: refused when read unless it compiles with the `u` flag.
import { z } from 'zod';

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
