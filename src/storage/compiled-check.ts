import * as z from 'zod/mini';

/**
 * How many records of one schema a page reads before that schema is compiled. zod's interpreter costs a
 * few microseconds a contact; compiling one costs a few milliseconds, once: a page that opens one plan
 * never pays it, a page that lists a child's thousands of contacts pays it after the first few hundred.
 */
export const COMPILE_AFTER_READS = 500;

interface ReadCount {
  reads: number;
  compiled?: z.ZodMiniType;
}

const counts = new WeakMap<z.ZodMiniType, ReadCount>();

/**
 * The schema to read a record with: the schema itself until it has been read COMPILE_AFTER_READS times and
 * its compiled copy is ready (compiled in the background meanwhile), then that copy (`z.compile`: the same
 * checks as one generated function; a value it does not accept is parsed again by the schema itself, so a
 * refusal has exactly the same issues).
 */
export function readingSchema(schema: z.ZodMiniType): z.ZodMiniType {
  let count = counts.get(schema);
  if (!count) counts.set(schema, (count = { reads: 0 }));
  if (count.compiled) return count.compiled;
  count.reads += 1;
  if (count.reads === COMPILE_AFTER_READS) {
    const compiling = count;
    void compiledSchema(schema).then(
      (compiled) => (compiling.compiled = compiled ?? schema),
      () => (compiling.compiled = schema), // the chunk did not load (offline): the schema itself, as before
    );
  }
  return schema;
}

/**
 * zod's compiled copy of a schema, or undefined where the page may not compile code: its
 * Content-Security-Policy forbids eval (zod's probe, run once, finds out) or zod is told not to (`jitless`,
 * e.g. `z.config({ jitless: true })` by a host whose policy would report the probe). The schema itself
 * then checks every record, as before: slower, never different.
 */
export async function compiledSchema<T extends z.ZodMiniType>(schema: T): Promise<T | undefined> {
  if (!z.util.allowsEval.value) return undefined;
  const { compile } = await import('./schema-compiler.js');
  const compiled = compile(schema);
  return compiled === schema ? undefined : compiled;
}
