import * as z from 'zod/mini';
import { LanguageTagSchema } from '../participant.js';
import { TEXT_LIMITS, nameText } from '../shared/text.js';

/** The highest level of the default scale: 0 not yet, 1 starting to, 2 with support, 3 consistently. */
export const DEFAULT_OUTCOME_SCALE_MAX = 3;

/**
 * The agency's scale for rating how a family uses what a plan item set out to teach or change. Levels
 * run from 0 to the highest; each may carry its label in several languages (the label in the reader's
 * language is shown, else the first one). Without a host scale the default scale's labels come from
 * the element's messages.
 */
export const OutcomeScaleSchema = z.object({
  levels: z
    .array(
      z.object({
        value: z.number().check(z.int('value.not-whole-number'), z.minimum(0, 'value.too-small'), z.maximum(20, 'value.too-large')),
        labels: z.record(LanguageTagSchema, nameText(TEXT_LIMITS.label)),
      }),
    )
    .check(
      z.minLength(2, 'value.invalid'),
      z.maxLength(21, 'value.too-many'),
      z.refine((levels) => levels.every((level, index) => level.value === index), 'value.invalid'),
    ),
});
export type OutcomeScale = z.infer<typeof OutcomeScaleSchema>;

/** The levels of a scale, lowest first, and its highest level. */
export function scaleLevels(scale: OutcomeScale | undefined): { values: number[]; max: number } {
  const values = scale ? scale.levels.map((level) => level.value) : Array.from({ length: DEFAULT_OUTCOME_SCALE_MAX + 1 }, (_, index) => index);
  return { values, max: values.at(-1) ?? DEFAULT_OUTCOME_SCALE_MAX };
}

/** A host scale's label of a level in `language` (or its base language, else the first given); undefined for the default scale. */
export function scaleLabel(scale: OutcomeScale | undefined, value: number, language: string): string | undefined {
  const labels = scale?.levels.find((level) => level.value === value)?.labels;
  if (!labels) return undefined;
  const base = language.split('-')[0] ?? language;
  return labels[language] ?? labels[base] ?? Object.values(labels)[0];
}
