// `npm run openapi`: writes server/openapi.json from server/openapi.ts (its schemas from the protocol's zod schemas).
import { writeFileSync } from 'node:fs';
import { buildServerModule } from './build-server.mjs';

const { openApiDocument } = await import(await buildServerModule('server/openapi.ts', 'openapi'));
writeFileSync('server/openapi.json', `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log('wrote server/openapi.json');
