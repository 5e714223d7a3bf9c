// The server's answers read with zod: wbeditentity's entity and warnings, userinfo, wbparsevalue refusals.
import { z } from 'zod';
import { isItemId, type ItemId } from '../model/index.js';

/** A warning as the Action API gives it: Wikibase's as a named message, core's as text per module. */
export interface ApiWarning {
  readonly module: string;
  /** Wikibase's message name (`wikibase-self-conflict-patched`), or undefined for a text warning. */
  readonly name?: string;
  readonly text: string;
}

const MessageSchema = z.object({
  name: z.string(),
  parameters: z.array(z.unknown()).optional(),
  html: z.union([z.string(), z.object({ '*': z.string() })]).optional(),
});

const ModuleWarningsSchema = z.union([
  z.object({ messages: z.array(MessageSchema) }),
  z.object({ '*': z.string() }),
  z.object({ warnings: z.string() }),
]);

const WarningsSchema = z.union([
  z.record(z.string(), ModuleWarningsSchema),
  // errorformat=plaintext and friends.
  z.array(z.object({ code: z.string(), text: z.string().optional(), module: z.string().optional() })),
]);

/** Every warning of an answer (none when it has none, or ones this reader cannot tell apart). */
export function answerWarnings(answer: Readonly<Record<string, unknown>>): ApiWarning[] {
  if (answer['warnings'] === undefined) return [];
  const parsed = WarningsSchema.safeParse(answer['warnings']);
  if (!parsed.success) return [{ module: 'main', text: JSON.stringify(answer['warnings']) }];
  if (Array.isArray(parsed.data)) return parsed.data.map((w) => ({ module: w.module ?? 'main', name: w.code, text: w.text ?? w.code }));
  return Object.entries(parsed.data).flatMap(([module, w]): ApiWarning[] => {
    if ('messages' in w) {
      return w.messages.map((m) => ({ module, name: m.name, text: typeof m.html === 'string' ? m.html : (m.html?.['*'] ?? m.name) }));
    }
    return [{ module, text: '*' in w ? w['*'] : w.warnings }];
  });
}

export function describeWarning(warning: ApiWarning): string {
  return `${warning.module}: ${warning.name === undefined ? '' : `${warning.name}: `}${warning.text.replace(/<[^>]*>/gu, '')}`;
}

/** Wikibase's warnings that say the edit was not saved as sent (patched onto a newer revision). */
export const PATCHED_WARNINGS: ReadonlySet<string> = new Set(['wikibase-conflict-patched', 'wikibase-self-conflict-patched']);

const EditAnswerSchema = z.object({
  entity: z.object({ id: z.string(), lastrevid: z.number(), nochange: z.unknown().optional() }).loose(),
});

/** wbeditentity's answer: the item, its new revision, and its warnings; undefined when it says neither. */
export function readEditAnswer(answer: Readonly<Record<string, unknown>>): { id: ItemId; revid: number; nochange: boolean; warnings: ApiWarning[] } | undefined {
  const parsed = EditAnswerSchema.safeParse(answer);
  if (!parsed.success || !isItemId(parsed.data.entity.id)) return undefined;
  return { id: parsed.data.entity.id, revid: parsed.data.entity.lastrevid, nochange: parsed.data.entity.nochange !== undefined, warnings: answerWarnings(answer) };
}

const UserInfoSchema = z.object({
  query: z.object({
    userinfo: z.object({ id: z.number(), name: z.string(), anon: z.unknown().optional(), rights: z.array(z.string()).optional() }).loose(),
  }),
});

export interface UserInfo {
  readonly name: string;
  readonly anonymous: boolean;
  /** Undefined when the wiki did not list them. */
  readonly rights?: readonly string[];
}

export function readUserInfo(answer: Readonly<Record<string, unknown>>): UserInfo | undefined {
  const parsed = UserInfoSchema.safeParse(answer);
  if (!parsed.success) return undefined;
  const info = parsed.data.query.userinfo;
  return { name: info.name, anonymous: info.anon !== undefined || info.id === 0, ...(info.rights === undefined ? {} : { rights: info.rights }) };
}

const EntityInfoSchema = z.object({
  entities: z.record(z.string(), z.object({ id: z.string().optional(), missing: z.unknown().optional(), datatype: z.string().optional() }).loose()),
});

/** Property id → datatype (undefined: the wiki has no such property), from a wbgetentities answer. */
export function readPropertyDatatypes(answer: Readonly<Record<string, unknown>>): Map<string, string | undefined> {
  const parsed = EntityInfoSchema.safeParse(answer);
  const out = new Map<string, string | undefined>();
  if (!parsed.success) return out;
  for (const [id, entity] of Object.entries(parsed.data.entities)) out.set(id, entity.missing !== undefined ? undefined : entity.datatype);
  return out;
}
