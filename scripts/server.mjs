// `npm run server`: builds server/ and starts the reference sync server (see server/main.ts for its settings).
import { buildServerModule } from './build-server.mjs';

await import(await buildServerModule('server/main.ts', 'main'));
