import { violation, type Violation } from '../shared/violation.js';
import type { ContactContent } from '../visitation/contact.js';
import type { PlanEdit } from './edits.js';
import type { Appointment, AppointmentStatus, PlanItem } from './plan-item.js';
import type { ServicePlanContent } from './plan.js';
import { duplicateId, findItem, targetMissing, type EditEnvironment } from './edit-helpers.js';
import { withItemStatus } from './item-status.js';

type EditOf<T extends PlanEdit['type']> = Extract<PlanEdit, { type: T }>;

/** Makes an appointment for an item: when, with whom, who goes. It starts as scheduled. */
export function addAppointment(plan: ServicePlanContent, edit: EditOf<'add-appointment'>, env: EditEnvironment): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found) return [targetMissing(edit.itemId)];
  const id = edit.id ?? env.newId();
  const appointments = found.item.appointments ?? [];
  if (appointments.some((appointment) => appointment.id === id)) return [duplicateId(id)];
  const withWhom = edit.withWhom.trim();
  const note = edit.note?.trim();
  const appointment: Appointment = {
    id,
    date: edit.date,
    ...(edit.time ? { time: edit.time } : {}),
    withWhom,
    ...(edit.participantIds && edit.participantIds.length > 0 ? { participantIds: [...new Set(edit.participantIds)] } : {}),
    status: 'scheduled',
    ...(note ? { note } : {}),
  };
  found.item.appointments = [...appointments, appointment].sort((a, b) => `${a.date}T${a.time ?? ''}`.localeCompare(`${b.date}T${b.time ?? ''}`));
  return [];
}

/**
 * Notes what became of an appointment: kept, missed or cancelled (or back to scheduled). An appointment
 * cannot be kept or missed before its day; keeping the first one of a not-started item starts it.
 */
export function setAppointmentStatus(plan: ServicePlanContent, edit: EditOf<'set-appointment-status'>, env: EditEnvironment): Violation[] {
  const found = findItem(plan, edit.itemId);
  const index = found?.item.appointments?.findIndex((appointment) => appointment.id === edit.appointmentId) ?? -1;
  if (!found || !found.item.appointments || index < 0) return [targetMissing(edit.appointmentId)];
  const appointment = found.item.appointments[index]!;
  if ((edit.status === 'kept' || edit.status === 'missed') && appointment.date > env.today) {
    return [violation('plan.appointment.not-yet', [...found.path, 'appointments', index, 'status'], { date: appointment.date })];
  }
  const note = edit.note?.trim();
  found.item.appointments[index] = { ...appointment, status: edit.status, ...(note ? { note } : {}) };
  if (edit.status === 'kept' && found.item.status === 'not-started') found.subGoal.items[found.index] = withItemStatus(found.item, 'in-progress', appointment.date);
  return [];
}

export function removeAppointment(plan: ServicePlanContent, edit: EditOf<'remove-appointment'>): Violation[] {
  const found = findItem(plan, edit.itemId);
  if (!found || !found.item.appointments?.some((appointment) => appointment.id === edit.appointmentId)) return [targetMissing(edit.appointmentId)];
  const rest = found.item.appointments.filter((appointment) => appointment.id !== edit.appointmentId);
  if (rest.length === 0) delete found.item.appointments;
  else found.item.appointments = rest;
  return [];
}

/** What became of a contact the contact log links to a plan item, as an appointment status. */
export function appointmentStatusOfContact(contact: Pick<ContactContent, 'outcome'>): AppointmentStatus {
  switch (contact.outcome.type) {
    case 'completed':
      return 'kept';
    case 'no-show':
      return 'missed';
    case 'cancelled':
      return 'cancelled';
    default:
      // Rescheduled: the appointment stands, on another day.
      return 'scheduled';
  }
}

/** The contacts the contact log links to one plan item (archived ones left out). */
export function contactsOfItem<T extends ContactContent & { archived?: boolean }>(contacts: readonly T[], planId: string, itemId: string): T[] {
  return contacts.filter((contact) => contact.archived !== true && contact.planItem?.servicePlanId === planId && contact.planItem.itemId === itemId);
}

export interface AppointmentSummary {
  scheduled: number;
  kept: number;
  missed: number;
  cancelled: number;
  /** Scheduled appointments from `today` on, soonest first. */
  upcoming: Appointment[];
  /** Scheduled appointments whose day has passed with nothing noted: to be noted as kept or missed. */
  unnoted: Appointment[];
}

/**
 * An item's appointments counted: kept, missed, cancelled, still scheduled. A contact in the contact log
 * linked to the item counts too: the one linked to an appointment gives that appointment its status
 * (the log is what happened), one linked to no appointment counts by its outcome.
 */
export function appointmentSummary(item: Pick<PlanItem, 'appointments'>, today: string, linkedContacts: readonly Pick<ContactContent, 'outcome' | 'planItem'>[] = []): AppointmentSummary {
  const byAppointment = new Map<string, AppointmentStatus>();
  const loose: AppointmentStatus[] = [];
  for (const contact of linkedContacts) {
    const appointmentId = contact.planItem?.appointmentId;
    const known = appointmentId !== undefined && (item.appointments ?? []).some((appointment) => appointment.id === appointmentId);
    if (known) byAppointment.set(appointmentId, appointmentStatusOfContact(contact));
    else loose.push(appointmentStatusOfContact(contact));
  }
  const statuses = (item.appointments ?? []).map((appointment) => ({ appointment, status: byAppointment.get(appointment.id) ?? appointment.status }));
  const all = [...statuses.map((entry) => entry.status), ...loose];
  const count = (status: AppointmentStatus) => all.filter((entry) => entry === status).length;
  const open = statuses.filter((entry) => entry.status === 'scheduled').map((entry) => entry.appointment);
  return {
    scheduled: count('scheduled'),
    kept: count('kept'),
    missed: count('missed'),
    cancelled: count('cancelled'),
    upcoming: open.filter((appointment) => appointment.date >= today),
    unnoted: open.filter((appointment) => appointment.date < today),
  };
}
