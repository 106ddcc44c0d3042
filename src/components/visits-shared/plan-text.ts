import { personName as knownName, type CaseParticipant } from '../../model/participant.js';
import type { VisitationPlan } from '../../model/visitation/plan.js';
import type { Occurrence } from '../../model/visitation/recurrence.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { monthName, occurrenceText, timeOfDayText } from './compliance.js';

/** A person's name (the current user or a case participant), or a neutral phrase when unknown (never a raw id). */
export function personName(t: LocalizeController, participants: readonly CaseParticipant[], id: string, currentUser?: { id: string; name: string }): string {
  return knownName(id, { participants, currentUser }) ?? t.term('common.person-unknown');
}

/** What a plan is called in lists: its title, else "Visits with" the people who visit. */
export function planLabel(t: LocalizeController, plan: VisitationPlan, participants: readonly CaseParticipant[]): string {
  if (plan.title) return plan.title;
  const visitors = plan.participants.filter((entry) => entry.role !== 'child').map((entry) => personName(t, participants, entry.participantId));
  return visitors.length > 0 ? t.term('planner.plan.visits-with', { names: t.list(visitors) }) : t.term('planner.plan.untitled');
}

/** "Every week on Tuesday, 16:00 for 90 minutes (Europe/Lisbon)". */
export function scheduleText(t: LocalizeController, plan: VisitationPlan): string {
  const recurrence = plan.recurrence;
  let how: string;
  switch (recurrence.type) {
    case 'every-n-days':
      how = t.term('planner.schedule.every-n-days', { count: recurrence.interval });
      break;
    case 'every-n-weeks':
      how = t.term('planner.schedule.every-n-weeks', { count: recurrence.interval, days: t.list(recurrence.weekdays.map((day) => weekdayName(t, day))) });
      break;
    case 'every-n-months':
      how = t.term('planner.schedule.every-n-months', { count: recurrence.interval, day: recurrence.dayOfMonth });
      break;
    case 'times-per-week':
      how = t.term('planner.schedule.times-per-week', { count: recurrence.times });
      break;
    default:
      how = t.term('planner.schedule.times-per-month', { count: recurrence.times });
  }
  return t.term('planner.schedule.full', { how, time: timeOfDayText(t, plan.timeOfDay), minutes: plan.durationMinutes, zone: t.timeZone(plan.timeZone) });
}

/** One of the next visits (or, for "times per" plans, a week or month and the visits expected in it). */
export function nextOccurrenceText(t: LocalizeController, occurrence: Occurrence): string {
  if (occurrence.type === 'dated') return occurrenceText(t, occurrence.date, occurrence.time);
  const when =
    occurrence.unit === 'month'
      ? monthName(t, occurrence.key)
      : t.term('planner.week-of', { date: t.date(occurrence.periodStart, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) });
  return t.term('planner.next.period', { when, count: occurrence.expected });
}

/** A weekday's name in the user's language (1 = Monday ... 7 = Sunday). */
export function weekdayName(t: LocalizeController, day: number, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return t.date(`2024-01-${String(day).padStart(2, '0')}`, { weekday: style, timeZone: 'UTC' });
}
