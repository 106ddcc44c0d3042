import * as z from 'zod/mini';
import { IdSchema } from './record.js';
import { TEXT_LIMITS, nameText } from './shared/text.js';

/**
 * A user of the organisation (a supervisor, a parent aide, a nurse) who can be made responsible for a
 * plan item. The host system owns its users and supplies the list; the elements never type one in.
 */
export const StaffMemberSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
  /** Their job, as the host names it ("parent aide"), shown beside the name. */
  title: z.optional(nameText(TEXT_LIMITS.label)),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;
