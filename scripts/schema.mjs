// `npm run schema`: writes the JSON Schema of every record type to schema/, for vendors' back ends.
// The schemas are compiled from src/model with esbuild (Node 20 does not run TypeScript).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const bundle = await build({
  entryPoints: ['src/model/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const module = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const schemas = module.recordJsonSchemas();
mkdirSync('schema', { recursive: true });
for (const file of readdirSync('schema')) if (file.endsWith('.schema.json')) rmSync(`schema/${file}`);
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(`schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
writeFileSync('schema/index.json', `${JSON.stringify(Object.keys(schemas), null, 2)}\n`);
console.log(`wrote ${Object.keys(schemas).length} schemas to schema/`);
