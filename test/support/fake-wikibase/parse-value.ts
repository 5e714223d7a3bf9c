// action=wbparsevalue: parses values of a datatype and, with `validate`, runs the datatype's validators, so a
// client can learn the wiki's string limits before sending any edit. As Wikibase's ParseValue: a value the
// validators refuse is not an API error; its result says `valid: false`, `error: "ValidationError"`, the
// validator's `messages` and the `validation-errors` codes.
import { ApiError, badValue, missingParam, wikibaseMessage } from './api-error.js';
import type { ApiModule } from './api-module.js';
import { validateDataValue, type ValueContext } from './datavalues.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';
import { flag, multiValue } from './request.js';
import { valueTypeOf } from './wiki-config.js';

export const parseValueModule: ApiModule = {
  mustBePosted: false,
  needsCsrfToken: false,
  execute({ params, state }): JsonObject {
    const datatype = params['datatype'];
    if (datatype === undefined) throw missingParam('datatype');
    const type = valueTypeOf(datatype);
    if (type !== 'string' && type !== 'monolingualtext') throw badValue('datatype', datatype);
    const raw = params['values'];
    if (raw === undefined) throw missingParam('values');
    let options: Json = {};
    try {
      options = JSON.parse(params['options'] ?? '{}') as Json;
    } catch {
      throw badValue('options', params['options'] ?? '');
    }
    const language = isJsonObject(options) && typeof options['valuelang'] === 'string' ? options['valuelang'] : undefined;
    if (type === 'monolingualtext' && language === undefined) {
      throw new ApiError('param-illegal', 'Cannot parse a monolingual text without the valuelang option', {
        messages: [wikibaseMessage('wikibase-api-param-illegal', [], 'Cannot parse a monolingual text without the valuelang option')],
      });
    }
    // A probe property of the datatype: validators depend on the datatype only.
    const properties = new Map([['P0', datatype]]);
    const context: ValueContext = { config: { ...state.config, properties }, itemExists: () => false };
    const results = multiValue(raw).map((text) => {
      const value: Json = type === 'string' ? text : { text, language: language ?? '' };
      const result: JsonObject = { raw: text, value, type };
      if (flag(params, 'validate')) {
        try {
          validateDataValue('P0', { value, type }, context);
          result['valid'] = true;
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          const messages = Array.isArray(error.data['messages']) ? error.data['messages'] : [];
          result['valid'] = false;
          result['error'] = 'ValidationError';
          result['messages'] = messages;
          result['validation-errors'] = messages.flatMap((m) => (isJsonObject(m) && typeof m['name'] === 'string' ? [m['name'].replace(/^wikibase-validator-/u, '')] : []));
        }
      }
      return result;
    });
    return { results };
  },
};
