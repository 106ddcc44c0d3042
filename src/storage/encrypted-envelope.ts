import * as z from 'zod/mini';
import { canonicalJson } from '../model/history-chain.js';
import { IdSchema, RecordMetaSchema } from '../model/record.js';
import { recordSchemas } from '../model/records.js';
import { StorageError } from './errors.js';
import type { SchemaMap } from './validate.js';

/**
 * How an encrypted record is stored: the fields storage needs for lookups and version checks stay clear,
 * the whole record body is AES-GCM ciphertext (base64) under a random 96-bit IV (base64).
 */
export const EncryptedEnvelopeSchema = z.extend(RecordMetaSchema, {
  caseId: z.optional(IdSchema),
  childId: z.optional(IdSchema),
  planId: z.optional(IdSchema),
  encryption: z.literal('AES-GCM'),
  /**
   * 2: the additional authenticated data binds kind, id and every clear field (version and archived
   * included), so none can be changed, nor an older ciphertext put back, without decryption failing.
   * Absent on envelopes of earlier releases, whose AAD bound kind and id only: their clear fields are
   * checked against the decrypted body instead.
   */
  aad: z.optional(z.literal(2)),
  /**
   * Set when the record took place no later than it was created (a contact logged after the visit, as
   * nearly all are; any record without a time of its own): its clear `createdAt` then bounds its sealed
   * time, so a list's newest page reads envelopes in `createdAt` order and stops early. It reveals that one
   * bit per record and nothing of the time; it is checked against the body on every read.
   */
  boundedByCreation: z.optional(z.literal(true)),
  iv: z.string().check(z.minLength(16), z.maxLength(16)),
  ciphertext: z.string().check(z.minLength(1)),
});
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelopeSchema>;

/** The schema map to give the inner adapter: every known kind is stored as an envelope. */
export const encryptedEnvelopeSchemas: SchemaMap = Object.fromEntries(Object.keys(recordSchemas).map((kind) => [kind, EncryptedEnvelopeSchema]));

/** Fields kept in clear beside the ciphertext: ids for lookups, version for conflicts, who/when for the history. */
export const clearFields = ['id', 'version', 'caseId', 'childId', 'planId', 'archived', 'createdAt', 'updatedAt', 'updatedBy'] as const;
export type ClearField = (typeof clearFields)[number];
/** The clear fields of a record or envelope: what the AAD binds (version and archived as they will be stored). */
export type ClearValues = Partial<Record<ClearField, unknown>>;

/** The clear fields of a value, those it has. */
export function clearValuesOf(value: Record<string, unknown>): ClearValues {
  const values: ClearValues = {};
  for (const field of clearFields) if (value[field] !== undefined) values[field] = value[field];
  return values;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a very large spread would overflow the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Ties a ciphertext to its record: kind and id, and with `clear` (layout 2) every clear field as stored,
 * so a body copied onto another record, a clear field changed (case, child, archived, version) or an older
 * ciphertext replayed under a newer version does not decrypt. Without `clear`: the earlier releases' AAD.
 */
function associatedData(kind: string, id: string, clear?: ClearValues): Uint8Array<ArrayBuffer> {
  if (!clear) return new TextEncoder().encode(`caseplan-elements/${kind}/${id}`);
  return new TextEncoder().encode(`caseplan-elements/2/${canonicalJson({ kind, id, clear })}`);
}

/** Encrypts a JSON value under the key, with a fresh random IV every time; `clear` as in associatedData. */
export async function sealJson(key: CryptoKey, kind: string, id: string, value: unknown, clear?: ClearValues): Promise<{ iv: string; ciphertext: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(kind, id, clear) }, key, plaintext);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Decrypts what sealJson wrote; a wrong key or an altered ciphertext raises StorageError 'decrypt-failed'. */
export async function openJson(key: CryptoKey, kind: string, id: string, sealed: { iv: string; ciphertext: string }, clear?: ClearValues): Promise<unknown> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: associatedData(kind, id, clear) },
      key,
      fromBase64(sealed.ciphertext),
    );
    return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
  } catch (error) {
    // The message names the record only: never any of its content.
    throw new StorageError('decrypt-failed', `Could not decrypt ${kind} ${id}: wrong key or altered data`, { cause: error });
  }
}
