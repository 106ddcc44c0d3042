import type * as z from 'zod/mini';
import { parseWithViolations } from '../../model/shared/zod-violations.js';
import { CpErrorEvent } from '../shared/events/index.js';

/**
 * An object property of the editor checked at the boundary: the value when valid; when not, undefined
 * (the default is used) and a `cp-error` with `code: 'input.invalid'` naming what was wrong.
 */
export function checkedInput<T>(element: HTMLElement, schema: z.ZodMiniType<T>, value: unknown, name: string): T | undefined {
  if (value === undefined) return undefined;
  const parsed = parseWithViolations(schema, value, [name]);
  if (!parsed.ok) element.dispatchEvent(new CpErrorEvent({ code: 'input.invalid', violations: parsed.violations }));
  return parsed.ok ? parsed.value : undefined;
}
