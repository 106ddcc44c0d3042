/**
 * The sync protocol as an OpenAPI 3.1 document. The schemas under components come from the protocol's
 * zod schemas (src/storage/sync/protocol.ts), so the document cannot say other than the code;
 * `npm run openapi` writes server/openapi.json and a test checks the committed file is current.
 */
import * as z from 'zod/mini';
import { CheckpointChangeSchema, MAX_PULL_LIMIT, MAX_PUSH_WRITES, protocolSchemas } from '../src/storage/sync/protocol.js';

/** A component's JSON Schema as it stands in the document (no $schema of its own: the document's dialect applies). */
export function componentSchema(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const ref = (name: keyof typeof protocolSchemas) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof protocolSchemas) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ErrorResponse') });
const common = { '401': error('No token, or one the server does not know (code `unauthorized`).'), '500': error('The server failed; nothing partial was stored (code `internal`).') };

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'caseplan-elements sync protocol',
      version: '1.1.0',
      description:
        'What SyncStorageAdapter speaks to an agency server. Push writes in order, each with the server version it was based on and an idempotency key; pull the records changed since a checkpoint (the server sequence), page by page; listen to a Server-Sent Events stream. The server keeps the authoritative history chain of each record and its head hash. Every request carries a bearer token; the server scopes it to the cases the token may see. Since 1.1 pull pages and the stream\'s `ready` name the change log (`log`) the sequences belong to, a new id when the log started over (the database emptied or restored), and a pull may name the change its checkpoint was taken at (`at`), which the server checks its log still holds. Additive: clients of 1.0 ignore it, and the client works with a 1.0 server by the sequence alone. Run the contract suite against an implementation: `npm run sync-contract -- --url=...`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: 'http://127.0.0.1:8787', description: 'npm run server' }],
    security: [{ bearer: [] }],
    paths: {
      '/v1/push': {
        post: {
          operationId: 'push',
          summary: `Apply up to ${MAX_PUSH_WRITES} writes in order`,
          description:
            'Each write on its own: accepted (new version, sequence, head hash), conflict (the server record, or null when the write assumed a record the server lacks), or rejected (invalid-record, unknown-kind, forbidden: a case the token may not see, or an author (history.by, record.updatedBy) who is not the token user, idempotency-key-reused). A write whose idempotency key was already applied is answered as the first time, with `replayed: true`, and applied once.',
          requestBody: { required: true, content: json('PushRequest') },
          responses: {
            '200': { description: 'One result per write, in the order of the writes.', content: json('PushResponse') },
            '400': error('The body is not JSON (`invalid-json`) or not a push request (`invalid-request`, with violations).'),
            '413': error('The body is larger than the server accepts (`payload-too-large`).'),
            '415': error('The body is not application/json (`unsupported-media-type`).'),
            ...common,
          },
        },
      },
      '/v1/pull': {
        get: {
          operationId: 'pull',
          summary: 'Records changed since a checkpoint, oldest change first',
          parameters: [
            { name: 'since', in: 'query', required: true, description: 'The checkpoint: the last sequence already applied (0 for everything).', schema: { type: 'integer', minimum: 0 } },
            { name: 'limit', in: 'query', required: false, description: 'Most records in the page (default 500).', schema: { type: 'integer', minimum: 1, maximum: MAX_PULL_LIMIT } },
            { name: 'at', in: 'query', required: false, description: 'The change the checkpoint was taken at, `kind:version:id` (the last change of the page that gave it). The server checks its log holds it at `since`.', schema: componentSchema(CheckpointChangeSchema) },
          ],
          responses: {
            '200': { description: 'One page. Each record at most once, as it stands now; pass `checkpoint` as `since` while `hasMore`. `log` names the change log the sequences belong to: a checkpoint taken under another log id means nothing here (pull from 0).', content: json('PullResponse') },
            '400': error('since or limit is not a whole number, or at is malformed (`invalid-request`).'),
            '409': error('The log does not hold the change `at` at `since` (`checkpoint-not-in-log`): the database was emptied or restored; pull from 0.'),
            ...common,
          },
        },
      },
      '/v1/stream': {
        get: {
          operationId: 'stream',
          summary: 'Server-Sent Events of committed changes the token may see',
          description: 'First a `ready` event (data: StreamReady: the last sequence and the id of the change log), then one `change` event per committed write (data: StreamEvent, id: its sequence), and keep-alive comments. `ready` comes again when the server\'s change log started over (its database emptied or restored), with the log\'s new id: sequences from before no longer count. A client pulls from its checkpoint on each event; one whose checkpoint belongs to another log pulls from 0 and pushes again what the server no longer has.',
          responses: {
            '200': { description: 'An event stream.', content: { 'text/event-stream': { schema: { type: 'string' }, 'x-event-data': ref('StreamEvent'), 'x-ready-data': ref('StreamReady') } } },
            ...common,
          },
        },
      },
      '/v1/history/{kind}/{id}': {
        get: {
          operationId: 'history',
          summary: "The server's history chain of one record",
          parameters: [
            { name: 'kind', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'Entries oldest first, hash-chained; headHash is the last hash.', content: json('HistoryResponse') },
            '404': error('No such record, or one the token may not see (the same answer: `not-found`).'),
            ...common,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Issued by the agency; the host gives it to the adapter, which never stores it.' } },
      schemas: Object.fromEntries(Object.entries(protocolSchemas).map(([name, schema]) => [name, componentSchema(schema)])),
    },
  };
}
