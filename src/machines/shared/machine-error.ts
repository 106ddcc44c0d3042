/**
 * The one error shape every machine keeps in its context and emits: a code the UI localizes
 * (`storage.quota-exceeded`, `plan.not-found`, `visitation.plan.not-found`...) and the raw message for logs.
 */
import type { ConflictError } from '../../storage/errors.js';

export interface MachineError {
  code: string;
  message: string;
}

/**
 * Any failure as a MachineError. An error that carries a string `code` keeps it (every StorageError,
 * a not-found, an error from another copy of the SDK or a wrapping adapter); anything else is
 * `storage.unknown`. Read by code, not by class: machines import storage's types only.
 */
export function toMachineError(error: unknown): MachineError {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return { code, message: error instanceof Error ? error.message : code };
  return { code: 'storage.unknown', message: error instanceof Error ? error.message : String(error) };
}

/** A stale write (ConflictError's code, also from another copy of the SDK or a wrapping adapter). */
export function isConflictError(error: unknown): error is ConflictError {
  return (error as { code?: unknown } | null)?.code === 'storage.conflict';
}

