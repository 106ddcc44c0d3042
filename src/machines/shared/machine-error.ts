/**
 * The one error shape every machine keeps in its context and emits: a code the UI localizes
 * (`storage.quota-exceeded`, `plan.not-found`, `visitation.plan.not-found`...) and the raw message for logs.
 */
import { ConflictError, StorageError } from '../../storage/errors.js';

export interface MachineError {
  code: string;
  message: string;
}

/**
 * Any failure as a MachineError. A storage error keeps its code; so does any other error that carries
 * a string `code` (a not-found, an error from another copy of the SDK or a wrapping adapter); anything
 * else is `storage.unknown`.
 */
export function toMachineError(error: unknown): MachineError {
  if (error instanceof StorageError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return { code, message: error instanceof Error ? error.message : code };
  return { code: 'storage.unknown', message: error instanceof Error ? error.message : String(error) };
}

/** By class, or by code when the error comes from another copy of the SDK or a wrapping adapter. */
export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof ConflictError || (error as { code?: unknown } | null)?.code === 'storage.conflict';
}

