import type { SuspensionPeriod } from '../../../model/visitation/plan.js';
import type { LocalizeController } from '../../shared/i18n/localize-controller.js';

/** Each time the visits were suspended, its days through Intl in the element's language, and why. */
export function suspensionText(t: LocalizeController, period: SuspensionPeriod): string {
  const day = (date: string) => t.date(date, { dateStyle: 'medium', timeZone: 'UTC' });
  return period.to === undefined
    ? t.term('planner.suspension.open', { from: day(period.from), reason: period.reason })
    : t.term('planner.suspension.closed', { from: day(period.from), to: day(period.to), reason: period.reason });
}
