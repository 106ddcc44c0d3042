import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { protocolSchemas } from '../../../src/storage/sync/protocol.js';

type Json = Record<string, unknown>;

/** Every `$ref` in the document, with where it sits. */
function refsIn(value: unknown, path = '#'): { at: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => refsIn(item, `${path}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === '$ref' && typeof item === 'string' ? [{ at: path, ref: item }] : refsIn(item, `${path}/${key}`)));
}

// Vendors build their servers from server/openapi.json: it must say what the code checks.
describe('server/openapi.json, the sync protocol', () => {
  let document: Json;
  before(async () => {
    const response = await fetch('/server/openapi.json');
    expect(response.ok, 'server/openapi.json exists').to.equal(true);
    document = (await response.json()) as Json;
  });

  it('is OpenAPI 3.1 and its schemas are the protocol zod schemas (run `npm run openapi` after a change)', () => {
    expect(document.openapi).to.equal('3.1.0');
    const schemas = (document.components as Json).schemas as Json;
    expect(Object.keys(schemas).sort()).to.deep.equal(Object.keys(protocolSchemas).sort());
    for (const [name, schema] of Object.entries(protocolSchemas)) {
      const { $schema: _dialect, ...expected } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json;
      expect(schemas[name], `components.schemas.${name} is current`).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('describes push, pull, stream and history, and every reference resolves', () => {
    const paths = document.paths as Record<string, Record<string, Json>>;
    const operation = (path: string, method: string) => paths[path]?.[method];
    expect((operation('/v1/push', 'post')?.requestBody as Json | undefined)?.content).to.deep.equal({ 'application/json': { schema: { $ref: '#/components/schemas/PushRequest' } } });
    for (const [path, method, schema] of [
      ['/v1/push', 'post', 'PushResponse'],
      ['/v1/pull', 'get', 'PullResponse'],
      ['/v1/history/{kind}/{id}', 'get', 'HistoryResponse'],
    ] as const) {
      const ok = (operation(path, method)?.responses as Record<string, Json> | undefined)?.['200'];
      expect(JSON.stringify(ok), `${method} ${path} answers ${schema}`).to.include(`#/components/schemas/${schema}`);
    }
    expect(JSON.stringify(operation('/v1/stream', 'get'))).to.include('text/event-stream');
    for (const { at, ref } of refsIn(document)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
      expect(target, `${ref} at ${at} resolves`).to.not.equal(undefined);
    }
  });
});
