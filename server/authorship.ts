/// <reference types="node" />
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The server's word on who created a record: an HMAC-SHA-256, under a secret the server keeps outside its
 * database, of the record's kind, id and `authorId`. The server gives it with every record that has an author
 * (each accepted write, each pulled change); the browser keeps it. After the database was emptied or restored
 * from an older backup, a browser pushing back a record the server lost, created by a colleague, sends it: the
 * server then knows it set that author itself, once, for a token that could write as them, and takes the
 * record as new with that author, though this token may not write as the colleague. Without a receipt it
 * verifies, a new record in another's name is refused. A restore of the database does not touch the secret;
 * a new secret makes every receipt given before worthless (such re-pushes are then refused, kept as refused).
 */
export class AuthorshipReceipts {
  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('The authorship secret must be at least 32 characters long');
  }

  issue(kind: string, id: string, authorId: string): string {
    return createHmac('sha256', this.secret).update(`caseplan-authorship:1\n${kind}\n${id}\n${authorId}`).digest('base64url');
  }

  verify(kind: string, id: string, authorId: string, receipt: string | undefined): boolean {
    if (receipt === undefined) return false;
    const expected = Buffer.from(this.issue(kind, id, authorId));
    const given = Buffer.from(receipt);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** A fresh secret: receipts made under it are worthless once the process ends (the server warns). */
export function randomAuthorshipSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Who created a record, for the kinds that say (a contact's `authorId`). */
export function authorOf(record: Record<string, unknown> | undefined): string | undefined {
  return typeof record?.authorId === 'string' ? record.authorId : undefined;
}
