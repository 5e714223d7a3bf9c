// JSON Schema for profile files, generated from the zod schema, so editors can check and complete profiles.
import { z } from 'zod';
import { ProfileSchema } from './schema.js';

export function profileJsonSchema(): object {
  return z.toJSONSchema(ProfileSchema.meta({ title: 'wbimport profile' }), { io: 'input', target: 'draft-2020-12' });
}
