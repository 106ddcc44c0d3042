import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { $, byId, choose, click, typeInto, until } from '../visitation-planner/helpers.js';

export interface ContactSpec {
  /** `YYYY-MM-DDTHH:MM` on the log's calendar (Lisbon). */
  when: string;
  planTitle?: string;
  type?: string;
  duration?: string;
  outcome?: 'completed' | 'cancelled' | 'no-show' | 'rescheduled';
  party?: string;
  personId?: string;
  notes?: string;
}

/** Records one contact through the form, as a caseworker would, and waits until it is saved. */
export async function recordContact(log: ContactLog, spec: ContactSpec): Promise<void> {
  await click(log, $(log, '[data-action="record"]'));
  await choose(log, byId(log, 'occurredAt'), spec.when);
  if (spec.planTitle) {
    const select = byId<HTMLSelectElement>(log, 'visitationPlanId');
    const option = [...select.options].find((candidate) => candidate.textContent?.trim() === spec.planTitle);
    if (!option) throw new Error(`no plan ${spec.planTitle} in the form`);
    await choose(log, select, option.value);
  }
  if (spec.type) await choose(log, byId<HTMLSelectElement>(log, 'type'), spec.type);
  if (spec.duration) await typeInto(log, byId(log, 'durationMinutes'), spec.duration);
  if (spec.outcome && spec.outcome !== 'completed') {
    await choose(log, byId<HTMLSelectElement>(log, 'outcome'), spec.outcome);
    if (spec.party) await choose(log, byId<HTMLSelectElement>(log, 'outcome.party'), spec.party);
    if (spec.personId) await choose(log, byId<HTMLSelectElement>(log, 'outcome.person'), spec.personId);
  }
  if (spec.notes) await typeInto(log, byId(log, 'notes'), spec.notes);
  await click(log, $(log, 'form.contact-form button[type="submit"]'));
  await until(log, () => !log.shadowRoot!.querySelector('form.contact-form'), `the contact of ${spec.when} was not saved`);
}

/** A figure of a plan's month in the log's compliance table. */
export function monthFigure(log: ContactLog, planId: string, month: string, name: string): string {
  return log.shadowRoot!.querySelector(`[data-summary-plan="${planId}"] tr[data-month="${month}"] [data-figure="${name}"]`)?.textContent?.trim() ?? '';
}
