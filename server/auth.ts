import * as z from 'zod/mini';

/**
 * Who a bearer token is and which cases it may see. The reference server reads a fixed table of tokens
 * (`SYNC_TOKENS`, JSON); an agency puts its own identity provider here. The browser never stores the
 * token: the host hands it to the adapter through a function, on each request.
 */
export interface TokenScope {
  subject: string;
  /** The case ids this token may read and write, or '*' for every case. */
  cases: readonly string[] | '*';
  /**
   * Whom this token may record as the author of a write (the history entry's `by`, the record's
   * `updatedBy`): by default its subject alone, so a caseworker's token cannot write history in a
   * colleague's name. `'*'` for a trusted integration (a migration, a case-management system writing
   * for its users after checking them itself).
   */
  writesAs?: readonly string[] | '*';
}

export const TokenTableSchema = z.record(
  z.string().check(z.minLength(16), z.maxLength(500)),
  z.object({
    subject: z.string().check(z.minLength(1)),
    cases: z.union([z.literal('*'), z.array(z.string())]),
    writesAs: z.optional(z.union([z.literal('*'), z.array(z.string().check(z.minLength(1)))])),
  }),
);
export type TokenTable = z.infer<typeof TokenTableSchema>;

/** The scope of the token in an `Authorization: Bearer <token>` header, or undefined. */
export function scopeOf(tokens: TokenTable, header: string | undefined): TokenScope | undefined {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? '');
  if (!match) return undefined;
  return Object.hasOwn(tokens, match[1]!) ? tokens[match[1]!] : undefined;
}

export function maySee(scope: TokenScope, caseId: string): boolean {
  return scope.cases === '*' || scope.cases.includes(caseId);
}

/** Whether the token may record `userId` as the author of a write (see `TokenScope.writesAs`). */
export function mayWriteAs(scope: TokenScope, userId: string): boolean {
  const allowed = scope.writesAs ?? [scope.subject];
  return allowed === '*' || allowed.includes(userId);
}
