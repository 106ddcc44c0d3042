import * as z from 'zod/mini';

/** How long after a visit's time a caseworker usually has to record it, unless the agency says otherwise. */
export const DEFAULT_RECORDING_GRACE_DAYS = 2;

/** The agency's grace period for recording a visit: whole days, 0 (missed at once) to 60. */
export const RecordingGraceDaysSchema = z.number().check(z.int(), z.minimum(0), z.maximum(60));

/** The grace period a host set, checked; the default when it set none or something unusable. */
export function recordingGraceDays(value: unknown): number {
  const result = z.safeParse(RecordingGraceDaysSchema, value);
  return result.success ? result.data : DEFAULT_RECORDING_GRACE_DAYS;
}
