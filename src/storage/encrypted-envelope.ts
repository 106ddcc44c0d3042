import * as z from 'zod/mini';
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
  iv: z.string().check(z.minLength(16), z.maxLength(16)),
  ciphertext: z.string().check(z.minLength(1)),
});
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelopeSchema>;

/** The schema map to give the inner adapter: every known kind is stored as an envelope. */
export const encryptedEnvelopeSchemas: SchemaMap = Object.fromEntries(Object.keys(recordSchemas).map((kind) => [kind, EncryptedEnvelopeSchema]));

/** Fields kept in clear beside the ciphertext: ids for lookups, version for conflicts, who/when for the history. */
export const clearFields = ['id', 'version', 'caseId', 'childId', 'planId', 'archived', 'createdAt', 'updatedAt', 'updatedBy'] as const;

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

/** Ties a ciphertext to its record, so a body copied onto another record does not decrypt. */
function associatedData(kind: string, id: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`caseplan-elements/${kind}/${id}`);
}

/** Encrypts a JSON value under the key, with a fresh random IV every time. */
export async function sealJson(key: CryptoKey, kind: string, id: string, value: unknown): Promise<{ iv: string; ciphertext: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(kind, id) }, key, plaintext);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** Decrypts what sealJson wrote; a wrong key or an altered ciphertext raises StorageError 'decrypt-failed'. */
export async function openJson(key: CryptoKey, kind: string, id: string, sealed: { iv: string; ciphertext: string }): Promise<unknown> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: associatedData(kind, id) },
      key,
      fromBase64(sealed.ciphertext),
    );
    return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
  } catch (error) {
    // The message names the record only: never any of its content.
    throw new StorageError('decrypt-failed', `Could not decrypt ${kind} ${id}: wrong key or altered data`, { cause: error });
  }
}
