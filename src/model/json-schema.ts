import * as z from 'zod/mini';
import { HistoryEntrySchema } from './history.js';
import { recordSchemas } from './records.js';

/**
 * JSON Schema (draft 2020-12) of every record type, keyed by name. `npm run schema` writes them to
 * schema/ and a test checks that the committed files match these.
 */
export function recordJsonSchemas(): Record<string, unknown> {
  const all: Record<string, z.ZodMiniType> = { ...recordSchemas, historyEntry: HistoryEntrySchema };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [
        name,
        { $id: `https://caseplan-elements.dev/schema/${name}.schema.json`, title: name, ...z.toJSONSchema(all[name]!, { unrepresentable: 'any' }) },
      ]),
  );
}
