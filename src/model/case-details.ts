import * as z from 'zod/mini';
import { TEXT_LIMITS, nameText } from './shared/text.js';

/**
 * What the host's case-management system knows about the case and the printed plan carries in its own
 * header (a plan is filed with a court apart from the page it was printed from). Every field optional:
 * what is missing prints as a dash, never as a guess. The child and the caseworker's name on the plan
 * come from the participants when not given here.
 */
export const CaseDetailsSchema = z.object({
  /** The case number as the court and the agency write it ("2026-JV-0142"). */
  caseNumber: z.optional(nameText(TEXT_LIMITS.label)),
  /** The agency (and office) responsible for the case. */
  agency: z.optional(nameText(TEXT_LIMITS.title)),
  /** The assigned caseworker, when not a case participant. */
  caseworker: z.optional(nameText(TEXT_LIMITS.title)),
  /** The court that has the case, when one has. */
  court: z.optional(nameText(TEXT_LIMITS.title)),
});
export type CaseDetails = z.infer<typeof CaseDetailsSchema>;
