/**
 * The SQLSTATE of a database error that is this record's alone, or undefined for any other failure. Data
 * exceptions (class 22), integrity constraints (23) and program limits (54, a row too large) fail the same
 * way each time the same write is sent, and another write would still be stored. A unique key on the
 * idempotency table is the exception: the same write sent twice at once, the next try replays it. Everything
 * else (no SQLSTATE: a refused connection, a closed database; or another class: a transaction rolled back by
 * a race, an operator's shutdown, a full disk) is not this record's fault and fails the whole push.
 */
export function recordAtFault(error: unknown): string | undefined {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !/^(22|23|54)[0-9A-Z]{3}$/.test(code)) return undefined;
  if (code === '23505' && constraint === 'idempotency_pkey') return undefined;
  return code;
}
