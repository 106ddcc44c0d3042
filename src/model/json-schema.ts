import * as z from 'zod/mini';
import { HistoryEntrySchema } from './history.js';
import { CatalogEntrySchema, PlanItemTemplateSchema } from './catalog.js';
import { CaseParticipantSchema } from './participant.js';
import { recordSchemas } from './records.js';

/** Values a host passes in, exported beside the stored records for vendors' back ends. */
const hostInputSchemas = {
  caseParticipant: CaseParticipantSchema,
  catalogEntry: CatalogEntrySchema,
  planItemTemplate: PlanItemTemplateSchema,
};

/**
 * JSON Schema (draft 2020-12) of every record type, keyed by name. `npm run schema` writes them to
 * schema/ and a test checks that the committed files match these.
 */
export function recordJsonSchemas(): Record<string, unknown> {
  const all: Record<string, z.ZodMiniType> = { ...recordSchemas, historyEntry: HistoryEntrySchema, ...hostInputSchemas };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [
        name,
        { $id: `https://caseplan-elements.dev/schema/${name}.schema.json`, title: name, ...z.toJSONSchema(all[name]!, { unrepresentable: 'any' }) },
      ]),
  );
}
