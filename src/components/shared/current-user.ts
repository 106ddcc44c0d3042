import * as z from 'zod/mini';
import { IdSchema } from '../../model/record.js';
import { TEXT_LIMITS, nameText } from '../../model/shared/text.js';

/**
 * The person using the element, as the host system knows them. `id` is written to every record's
 * `updatedBy`; `participantId` is set when the user is also a case participant (a parent signing a
 * plan in a family portal), so approvals can be matched to them.
 */
export const CurrentUserSchema = z.object({
  id: IdSchema,
  name: nameText(TEXT_LIMITS.title),
  participantId: z.optional(IdSchema),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;
