// A logged-in session: bot-password login (login token, cookies) or an OAuth 2 bearer, and the CSRF token writes need.
import { CredentialsError, type CredentialEnv, type Credentials, type Redactor } from '../net/index.js';
import type { ApiClient, Json, Params } from './api-client.js';
import { ApiError, OutcomeUnknown } from './errors.js';

/** Where `upload` takes its credentials from: a bot password or an OAuth 2 access token (or a file, docs/credentials.md). */
export const CREDENTIAL_ENV: CredentialEnv = { user: 'WBIMPORT_BOT_USER', password: 'WBIMPORT_BOT_PASSWORD', token: 'WBIMPORT_OAUTH_TOKEN' };

/** Who a session acts as, fit to show (a bot password's user name; nothing of a token). */
export function describeCredentials(credentials: Credentials): string {
  return credentials.kind === 'token' ? 'an OAuth 2 access token' : `the bot password of ${credentials.user}`;
}

/** MediaWiki's token for anonymous users: a session that has it is not logged in. */
const ANONYMOUS_TOKEN = '+\\';

/** Error codes that mean the session was lost (expired cookies): log in again and retry. */
const SESSION_LOST = new Set(['assertuserfailed', 'assertbotfailed', 'assertnameduserfailed']);

function tokenOf(json: Json, name: string): string | undefined {
  const query = json['query'] as { tokens?: Record<string, unknown> } | undefined;
  const token = query?.tokens?.[name];
  return typeof token === 'string' ? token : undefined;
}

export class Session {
  private csrf: string | null = null;
  private loggedIn = false;
  /** CSRF tokens renewed after `badtoken` and logins repeated after a lost session, for the summary. */
  renewals = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly credentials: Credentials,
    private readonly redact: Redactor,
  ) {}

  private async loginWithBotPassword(username: string, password: string): Promise<void> {
    // A login whose answer was lost cannot be replayed (its token is spent): start again from a new token.
    for (let attempt = 1; ; attempt += 1) {
      const token = tokenOf(await this.api.read({ action: 'query', meta: 'tokens', type: 'login' }), 'logintoken');
      if (token === undefined) throw new CredentialsError(`${this.api.apiUrl} gave no login token: is it a MediaWiki Action API?`);
      let answer: Json;
      try {
        answer = await this.api.write({ action: 'login', lgname: username, lgpassword: password, lgtoken: token }, { retryUnknown: false });
      } catch (error) {
        if (error instanceof OutcomeUnknown && attempt < 3) continue;
        throw error;
      }
      const login = answer['login'] as { result?: unknown; reason?: unknown } | undefined;
      if (login?.result === 'Success') return;
      if ((login?.result === 'WrongToken' || login?.result === 'NeedToken') && attempt < 3) continue;
      const reason = typeof login?.reason === 'string' ? login.reason : String(login?.result ?? 'no reason given');
      throw new CredentialsError(this.redact(`${this.api.apiUrl} refused ${describeCredentials(this.credentials)}: ${reason}`));
    }
  }

  /** Logs in (for a bot password) and checks that the session is not anonymous. */
  async login(): Promise<void> {
    this.csrf = null;
    if (this.credentials.kind === 'password') {
      this.api.cookies.clear();
      await this.loginWithBotPassword(this.credentials.user, this.credentials.password);
    }
    this.loggedIn = true;
    await this.token(true);
  }

  /** The CSRF token; `fresh` when the session was just logged in (so an anonymous one means refused credentials). */
  private async token(fresh = false): Promise<string> {
    if (!this.loggedIn) {
      await this.login();
      return this.token(true);
    }
    if (this.csrf !== null) return this.csrf;
    let answer: Json;
    try {
      answer = await this.api.read({ action: 'query', meta: 'tokens', type: 'csrf' });
    } catch (error) {
      if (error instanceof ApiError) {
        throw new CredentialsError(this.redact(`${this.api.apiUrl} refused ${describeCredentials(this.credentials)}: ${error.message}`));
      }
      throw error;
    }
    const token = tokenOf(answer, 'csrftoken');
    if (token === undefined || token === ANONYMOUS_TOKEN) {
      // A session that expired since the login (MediaWiki answers its writes with badtoken): log in once more.
      if (this.credentials.kind === 'password' && !fresh) {
        this.loggedIn = false;
        this.renewals += 1;
        return this.token(true);
      }
      throw new CredentialsError(`${this.api.apiUrl} did not accept ${describeCredentials(this.credentials)}: the session is anonymous`);
    }
    this.csrf = token;
    return token;
  }

  /**
   * A write with the CSRF token, asserting that we are logged in (so a lost session never edits anonymously):
   * a stale token is renewed and a lost session logged in again, then the write is sent again (neither was applied).
   */
  async write(params: Params, options: { readonly retryUnknown: boolean }): Promise<Json> {
    for (let renewal = 0; ; renewal += 1) {
      const token = await this.token();
      try {
        return await this.api.write({ ...params, assert: 'user', token }, options);
      } catch (error) {
        if (!(error instanceof ApiError) || renewal >= 3) throw error;
        if (error.code === 'badtoken') {
          this.csrf = null;
        } else if (SESSION_LOST.has(error.code)) {
          this.loggedIn = false;
        } else {
          throw error;
        }
        this.renewals += 1;
      }
    }
  }
}
