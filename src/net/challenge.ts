// Reads a `WWW-Authenticate` header into its challenges: a scheme and its parameters each (RFC 9110 §11.6.1).
export interface Challenge {
  /** Lower-cased: `digest`, `basic`, `bearer`. */
  readonly scheme: string;
  /** Parameter names lower-cased, values unquoted. */
  readonly params: ReadonlyMap<string, string>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/u;

/**
 * Splits a header that may hold several challenges (`Digest realm="a", nonce="b", Basic realm="c"`), as servers
 * send them and as fetch joins repeated headers. A token followed by `=` is a parameter; any other token starts a
 * new challenge.
 */
export function parseChallenges(header: string): Challenge[] {
  const out: { scheme: string; params: Map<string, string> }[] = [];
  let rest = header;
  const skip = (): void => {
    rest = rest.replace(/^[\s,]+/u, '');
  };
  skip();
  while (rest.length > 0) {
    const token = TOKEN.exec(rest)?.[0];
    if (token === undefined) {
      rest = rest.slice(1);
      skip();
      continue;
    }
    rest = rest.slice(token.length);
    const afterSpace = rest.replace(/^\s+/u, '');
    if (afterSpace.startsWith('=') && out.length > 0 && !/^=+\s*(,|$)/u.test(afterSpace)) {
      rest = afterSpace.slice(1).replace(/^\s+/u, '');
      let value: string;
      if (rest.startsWith('"')) {
        let i = 1;
        value = '';
        while (i < rest.length && rest[i] !== '"') {
          if (rest[i] === '\\' && i + 1 < rest.length) i += 1;
          value += rest[i];
          i += 1;
        }
        rest = rest.slice(i + 1);
      } else {
        value = /^[^,\s]*/u.exec(rest)?.[0] ?? '';
        rest = rest.slice(value.length);
      }
      out[out.length - 1]?.params.set(token.toLowerCase(), value);
    } else {
      // A new scheme; a token68 (`Bearer abc==`) after it is kept as the parameter "token68".
      const challenge = { scheme: token.toLowerCase(), params: new Map<string, string>() };
      out.push(challenge);
      const token68 = /^\s+([A-Za-z0-9\-._~+/]+=*)\s*(,|$)/u.exec(rest);
      if (token68?.[1] !== undefined && !/^\s+[!#$%&'*+\-.^_`|~0-9A-Za-z]+\s*=[^=]/u.test(rest)) {
        challenge.params.set('token68', token68[1]);
        rest = rest.slice(token68[0].length);
      }
    }
    skip();
  }
  return out;
}
