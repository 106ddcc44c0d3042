import * as z from 'zod/mini';

/**
 * How many records of one schema a page checks (reads and writes) before that schema is compiled. zod's
 * interpreter costs a few microseconds a contact; compiling one costs a few milliseconds, once: a page that
 * opens one plan never pays it, a page that lists or imports a child's thousands of contacts pays it after
 * the first few hundred.
 */
export const COMPILE_AFTER_READS = 500;

interface CheckCount {
  checks: number;
  compiling?: Promise<void>;
  compiled?: z.ZodMiniType;
}

const counts = new WeakMap<z.ZodMiniType, CheckCount>();

function countOf(schema: z.ZodMiniType): CheckCount {
  let count = counts.get(schema);
  if (!count) counts.set(schema, (count = { checks: 0 }));
  return count;
}

/** Compiles a schema once (in the background for whoever does not await it). */
function compileOnce(schema: z.ZodMiniType, count: CheckCount, load?: CompilerLoader): Promise<void> {
  count.compiling ??= compiledSchema(schema, load).then(
    (compiled) => void (count.compiled = compiled ?? schema),
    () => void (count.compiled = schema), // the chunk did not load (offline): the schema itself, as before
  );
  return count.compiling;
}

/**
 * The schema to check a record with, read or written: the schema itself until it has checked
 * COMPILE_AFTER_READS records and its compiled copy is ready (compiled in the background meanwhile), then
 * that copy (`z.compile`: the same checks as one generated function; a value it does not accept is parsed
 * again by the schema itself, so a refusal has exactly the same issues, and an accepted one the same data:
 * a write's unknown fields are found by comparing the value given with it, as before).
 */
export function checkingSchema(schema: z.ZodMiniType): z.ZodMiniType {
  const count = countOf(schema);
  if (count.compiled) return count.compiled;
  count.checks += 1;
  if (count.checks === COMPILE_AFTER_READS) void compileOnce(schema, count);
  return schema;
}

/**
 * Before a batch of `size` records of this schema is checked in one go (a bulk import, 10 000 contacts in one
 * transaction): a batch of COMPILE_AFTER_READS or more waits for the compiled copy (a few milliseconds), so
 * the batch is checked by it rather than reaching the count only once every record is checked.
 */
export async function compileForBatch(schema: z.ZodMiniType, size: number, load?: CompilerLoader): Promise<void> {
  if (size < COMPILE_AFTER_READS) return;
  const count = countOf(schema);
  if (count.compiled) return;
  // The compiler is a chunk of its own: on a stalled network its download must not hold a list or a write,
  // so the batch waits at most COMPILE_WAIT_MS and is checked by the schema itself meanwhile (same checks).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, COMPILE_WAIT_MS)));
  await Promise.race([compileOnce(schema, count, load), waited]).finally(() => clearTimeout(timer));
}

/** The longest a batch waits for its schema's compiled copy (compiling is a few ms; the rest is the chunk's download). */
export const COMPILE_WAIT_MS = 250;

/** Loads the compiler's chunk (its own file: a page that never reads many records never downloads it). */
type CompilerLoader = () => Promise<typeof import('./schema-compiler.js')>;
const loadCompiler: CompilerLoader = () => import('./schema-compiler.js');

/**
 * zod's compiled copy of a schema, or undefined where the page may not compile code: its
 * Content-Security-Policy forbids eval (zod's probe, run once, finds out) or zod is told not to (`jitless`,
 * e.g. `z.config({ jitless: true })` by a host whose policy would report the probe). The schema itself
 * then checks every record, as before: slower, never different.
 */
export async function compiledSchema<T extends z.ZodMiniType>(schema: T, load: CompilerLoader = loadCompiler): Promise<T | undefined> {
  if (!z.util.allowsEval.value) return undefined;
  const { compile } = await load();
  const compiled = compile(schema);
  return compiled === schema ? undefined : compiled;
}
