import { recordSchemas } from './records.js';
import type { FieldPath } from './shared/three-way-merge.js';
import { OccurrenceKeySchema } from './visitation/contact.js';

/**
 * A schema's definition as zod 4 exposes it to library authors (`schema._zod.def`): only what this walk
 * reads. Each wrapper names the schema it wraps; an object its fields; a list its entries.
 */
interface SchemaDef {
  type: string;
  format?: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: readonly Schema[];
  in?: Schema;
  out?: Schema;
  left?: Schema;
  right?: Schema;
  valueType?: Schema;
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: SchemaDef };
}

/** Schemas that stand for another without being a field of their own. */
function inner(def: SchemaDef): Schema[] {
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return def.innerType ? [def.innerType] : [];
    case 'pipe':
      return [def.in, def.out].filter((schema): schema is Schema => schema !== undefined);
    case 'union':
      return [...(def.options ?? [])];
    case 'intersection':
      return [def.left, def.right].filter((schema): schema is Schema => schema !== undefined);
    case 'lazy':
      return def.getter ? [def.getter()] : [];
    default:
      return [];
  }
}

/** A date the model stores as text: a calendar day, an instant (or wall-clock time), a visit's occurrence key. */
function isDateSchema(schema: Schema): boolean {
  const { def } = schema._zod;
  return schema === (OccurrenceKeySchema as unknown as Schema) || (def.type === 'string' && (def.format === 'date' || def.format === 'datetime'));
}

// Wrappers and unions nest a few deep; a self-referring lazy schema cannot send the walk round for ever.
const MAX_STEPS = 200;

function dateAt(schema: Schema, path: FieldPath, at: number, budget: { steps: number }): boolean {
  if ((budget.steps += 1) > MAX_STEPS) return false;
  const { def } = schema._zod;
  const wrapped = inner(def);
  if (wrapped.length > 0) return wrapped.some((option) => dateAt(option, path, at, budget));
  // A list of dates is dates, entry by entry (court hearing dates).
  if (at === path.length) return isDateSchema(schema) || (def.type === 'array' && def.element !== undefined && dateAt(def.element, path, at, budget));
  const segment = path[at]!;
  // Through a list by an entry's id (the merge's paths) or its index.
  if (def.type === 'array') return def.element !== undefined && dateAt(def.element, path, at + 1, budget);
  if (def.type === 'object') {
    const field = def.shape?.[String(segment)];
    return field !== undefined && dateAt(field, path, at + 1, budget);
  }
  if (def.type === 'record') return def.valueType !== undefined && dateAt(def.valueType, path, at + 1, budget);
  return false;
}

/**
 * Whether the field at `path` of a stored record of kind `kind` holds a date (or a list of dates) by
 * the record's schema: a calendar day, an instant, a visit's occurrence key. What a person typed (a
 * title, a note) is never one, however it looks: a history shows it exactly as typed. An unknown kind
 * or path is not a date.
 */
export function isDateField(kind: string, path: FieldPath): boolean {
  const schema = (recordSchemas as Record<string, unknown>)[kind];
  return schema !== undefined && dateAt(schema as Schema, path, 0, { steps: 0 });
}
