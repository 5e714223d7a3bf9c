// Who is asking: cookie sessions (anonymous or logged in by bot password) and OAuth 2 bearer tokens, with their tokens.
import { ApiError } from './api-error.js';
import type { Prng } from './prng.js';
import type { ApiRequest } from './request.js';

export interface User {
  readonly id: number;
  readonly name: string;
  /** The rights this login has: the account's groups' rights narrowed by the bot password's grants. */
  readonly rights: readonly string[];
}

/** MediaWiki's grants (a shortened $wgGrantPermissions) and the rights each gives to a bot password. */
export const GRANT_RIGHTS: Readonly<Record<string, readonly string[]>> = {
  basic: ['read', 'writeapi', 'autoconfirmed', 'editsemiprotected', 'viewmywatchlist'],
  highvolume: ['apihighlimits', 'bot', 'noratelimit', 'highbot', 'markbotedits'],
  editpage: ['edit', 'minoredit', 'applychangetags', 'changetags', 'item-term', 'item-merge', 'item-redirect'],
  createeditmovepage: ['createpage', 'createtalk', 'move', 'move-subpages', 'property-create'],
  delete: ['delete', 'undelete', 'deletedhistory', 'deletedtext'],
};

export const ALL_GRANTS: readonly string[] = Object.keys(GRANT_RIGHTS);

/** A bot password of an account (`Account@name`), with its grants. */
export interface BotPassword {
  readonly username: string;
  readonly password: string;
  /** Default: every grant. */
  readonly grants?: readonly string[];
}

function rightsOf(grants: readonly string[]): string[] {
  return [...new Set(grants.flatMap((g) => GRANT_RIGHTS[g] ?? []))];
}

export interface Session {
  readonly id: string;
  loginToken: string | undefined;
  user: User | undefined;
  csrfToken: string | undefined;
}

export type Identity =
  | { readonly kind: 'anonymous'; readonly session: Session | undefined }
  | { readonly kind: 'session'; readonly session: Session; readonly user: User }
  | { readonly kind: 'oauth'; readonly user: User };

/** MediaWiki's anonymous CSRF token: valid only for users who are not logged in. */
export const ANONYMOUS_TOKEN = '+\\';
export const COOKIE = 'fakewiki_session';

export interface Credentials {
  /** The first is the default bot; accounts are numbered in order of first appearance. */
  readonly botPasswords: readonly BotPassword[];
  readonly oauthToken: string;
}

export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private oauthCsrf: string;
  /** The OAuth consumer's user: the first account, with every grant. */
  readonly user: User;
  private readonly accounts = new Map<string, number>();

  constructor(
    private readonly credentials: Credentials,
    private readonly prng: Prng,
  ) {
    this.oauthCsrf = this.token();
    const first = credentials.botPasswords[0];
    if (first === undefined) throw new Error('fake wikibase: at least one bot password');
    this.user = this.userFor(first, ALL_GRANTS);
  }

  private userFor(bot: BotPassword, grants: readonly string[]): User {
    const name = canonicalUser(bot.username);
    let id = this.accounts.get(name);
    if (id === undefined) {
      id = this.accounts.size + 1;
      this.accounts.set(name, id);
    }
    return { id, name, rights: rightsOf(grants) };
  }

  /** The caller of a request; a bearer token that is not ours fails every request, as Extension:OAuth does. */
  identify(request: ApiRequest): Identity {
    const bearer = /^Bearer\s+(.*)$/i.exec(request.authorization ?? '');
    if (bearer) {
      if (bearer[1]?.trim() !== this.credentials.oauthToken) {
        throw new ApiError(
          'mwoauth-invalid-authorization',
          'The authorization headers in your request are not valid: No approved grant was found for that authorization token.',
        );
      }
      return { kind: 'oauth', user: this.user };
    }
    const session = this.sessions.get(request.cookies.get(COOKIE) ?? '');
    if (session?.user) return { kind: 'session', session, user: session.user };
    return { kind: 'anonymous', session };
  }

  /** The caller's session, made (with a cookie to set) when it has none, as a login token request does. */
  persist(identity: Identity): { session: Session; cookies: string[] } {
    if (identity.kind !== 'oauth' && identity.session) return { session: identity.session, cookies: [] };
    const session: Session = { id: this.prng.hex(32), loginToken: undefined, user: undefined, csrfToken: undefined };
    this.sessions.set(session.id, session);
    return { session, cookies: [sessionCookie(session.id)] };
  }

  loginToken(session: Session): string {
    session.loginToken ??= this.token();
    return session.loginToken;
  }

  csrfToken(identity: Identity): string {
    if (identity.kind === 'oauth') return this.oauthCsrf;
    if (identity.kind === 'anonymous') return ANONYMOUS_TOKEN;
    identity.session.csrfToken ??= this.token();
    return identity.session.csrfToken;
  }

  /** A new CSRF token for the caller (the badtoken fault): the old one stops working. */
  rotateCsrf(identity: Identity): void {
    if (identity.kind === 'oauth') this.oauthCsrf = this.token();
    else if (identity.kind === 'session') identity.session.csrfToken = this.token();
  }

  /** BotPassword::canonicalizeLoginData, then the check: `User@botname` with the bot password. */
  checkBotPassword(name: string, password: string): User | undefined {
    const at = name.indexOf('@');
    if (at <= 0) return undefined;
    const canonical = `${ucfirst(name.slice(0, at).trim())}@${name.slice(at + 1).trim()}`;
    const bot = this.credentials.botPasswords.find((b) => ucfirst(b.username) === canonical && b.password === password);
    return bot === undefined ? undefined : this.userFor(bot, bot.grants ?? ALL_GRANTS);
  }

  /** Logging in renews the session id (MediaWiki does, against session fixation) and sets the user's cookies. */
  login(old: Session, user: User): string[] {
    this.sessions.delete(old.id);
    const session: Session = { id: this.prng.hex(32), loginToken: undefined, user, csrfToken: undefined };
    this.sessions.set(session.id, session);
    return [
      sessionCookie(session.id),
      `fakewikiUserID=${user.id}; path=/; HttpOnly`,
      `fakewikiUserName=${encodeURIComponent(user.name)}; path=/; HttpOnly`,
    ];
  }

  logout(identity: Identity): string[] {
    if (identity.kind !== 'session') return [];
    this.sessions.delete(identity.session.id);
    const expired = 'expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; HttpOnly';
    return [`${COOKIE}=deleted; ${expired}`, `fakewikiUserID=deleted; ${expired}`, `fakewikiUserName=deleted; ${expired}`];
  }

  private token(): string {
    return `${this.prng.hex(40)}${ANONYMOUS_TOKEN}`;
  }
}

function sessionCookie(id: string): string {
  return `${COOKIE}=${id}; path=/; HttpOnly`;
}

function ucfirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The account behind a bot password: `Importer@wbimport` logs in as `Importer`. */
function canonicalUser(botUsername: string): string {
  return ucfirst(botUsername.split('@')[0] ?? botUsername);
}
