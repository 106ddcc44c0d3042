/** Pure context updates of the contact log: each takes the context and returns the fields that change (its storage reads are in contact-log-actors.ts). */
import { contactInLog, planInLog } from '../../model/visitation/log-scope.js';
import { resolvedMerge } from '../shared/record-conflict.js';
import { resolvedWrite } from '../shared/record-save-states.js';
import { firstPerField, violation, type Violation } from '../../model/shared/violation.js';
import { carryOver, type CarriedEdit, type CarryOutcome } from '../shared/carry-over.js';
import { CONTACT_KIND, linkContactToPlan, type Contact, type ContactContent } from '../../model/visitation/contact.js';
import { VISITATION_PLAN_KIND, type VisitationPlan } from '../../model/visitation/plan.js';
import { createDraftContact } from '../../model/visitation/create.js';
import { contactSaveViolations } from '../../model/visitation/rules/contact-rules.js';
import { suggestOccurrence } from '../../model/visitation/recurrence.js';
import { ContactFilterSchema, type ContactFilter } from '../../model/visitation/contact-query.js';
import { visitationActions } from '../../model/visitation/lifecycle.js';
import { parseWithViolations } from '../../model/shared/zod-violations.js';
import { newRecordId } from '../shared/record-id.js';
import { placeRecord, type UnreadableRecord } from '../shared/record-list.js';
import { stamp } from '../shared/record-write.js';
import type { ContactEditor, ContactLogContext, ContactLogInput } from './contact-log-types.js';

type Update = Partial<ContactLogContext>;

export function initialContactLogContext(input: ContactLogInput): ContactLogContext {
  const timeZone = input.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  return {
    storage: input.storage,
    caseId: input.caseId,
    childId: input.childId,
    visitationPlanId: input.visitationPlanId,
    currentUser: input.currentUser,
    now: input.now,
    createId: input.createId ?? newRecordId,
    timeZone,
    contacts: [],
    complete: false,
    plans: [],
    unreadable: [],
    filter: input.visitationPlanId === undefined ? { timeZone } : { visitationPlanId: input.visitationPlanId, timeZone },
    order: 'newest-first',
    editor: undefined,
    pending: undefined,
    conflict: undefined,
    error: undefined,
    rejected: [],
  };
}

/**
 * The whole log in place of the first page: each contact as read, or as held where the one held is newer
 * (saved here or changed elsewhere while the rest was being read); one held and not read is kept too.
 */
export function adoptWholeLog(context: ContactLogContext, whole: { contacts: Contact[]; unreadable: UnreadableRecord[] }): Update {
  const held = new Map(context.contacts.map((contact) => [contact.id, contact]));
  const read = new Set(whole.contacts.map((contact) => contact.id));
  const contacts = whole.contacts.map((contact) => {
    const mine = held.get(contact.id);
    return mine && mine.version > contact.version ? mine : contact;
  });
  for (const contact of context.contacts) if (!read.has(contact.id)) contacts.push(contact);
  const unreadableIds = new Set(whole.unreadable.map((entry) => `${entry.kind}/${entry.id}`));
  return { contacts, unreadable: [...whole.unreadable, ...context.unreadable.filter((entry) => !unreadableIds.has(`${entry.kind}/${entry.id}`))], complete: true };
}

export function setFilter(filter: ContactFilter): Update {
  const parsed = parseWithViolations(ContactFilterSchema, filter, ['filter']);
  return parsed.ok ? { filter: parsed.value, rejected: [] } : { rejected: parsed.violations };
}

function planOf(context: ContactLogContext, contact: Pick<Contact, 'visitationPlanId'>): VisitationPlan | undefined {
  return contact.visitationPlanId === undefined ? undefined : context.plans.find((plan) => plan.id === contact.visitationPlanId);
}

/** Occurrences other contacts of the plan already account for, so the suggestion prefers a free one. */
function takenOccurrences(context: ContactLogContext, draft: Contact): string[] {
  return context.contacts
    .filter((contact) => contact.id !== draft.id && contact.archived !== true && contact.visitationPlanId === draft.visitationPlanId && contact.plannedOccurrence !== undefined)
    .map((contact) => contact.plannedOccurrence!);
}

function suggestionFor(context: ContactLogContext, draft: Contact) {
  const plan = planOf(context, draft);
  if (!plan || Number.isNaN(Date.parse(draft.occurredAt))) return undefined;
  return suggestOccurrence(plan, draft.occurredAt, takenOccurrences(context, draft));
}

export function contactViolations(context: ContactLogContext, draft: Contact): Violation[] {
  return firstPerField(contactSaveViolations(draft, context.now(), context.plans));
}

function editorFor(context: ContactLogContext, mode: ContactEditor['mode'], draft: Contact, chosen: boolean, submitted = false): ContactEditor {
  return { mode, draft, violations: contactViolations(context, draft), submitted, suggestion: suggestionFor(context, draft), occurrenceChosen: chosen };
}

/** The suggested occurrence fills the field until the user picks one. */
function withSuggestedOccurrence(context: ContactLogContext, draft: Contact): Contact {
  const suggestion = suggestionFor(context, draft);
  return linkContactToPlan(draft, draft.visitationPlanId, suggestion?.key);
}

export function startRecord(context: ContactLogContext, initial: Partial<ContactContent> = {}): Update {
  const now = context.now();
  // A contact is usually logged just after it happened: now, to the minute.
  const occurredAt = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  const planId = initial.visitationPlanId ?? context.visitationPlanId;
  const plan = planId === undefined ? undefined : context.plans.find((candidate) => candidate.id === planId);
  const base = createDraftContact({
    id: context.createId(),
    caseId: context.caseId,
    childId: initial.childId ?? context.childId ?? plan?.childId ?? '',
    authorId: context.currentUser.id,
    createdAt: now.toISOString(),
    occurredAt,
    ...(planId !== undefined ? { visitationPlanId: planId } : {}),
  });
  const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, updatedBy: _by, archived: _archived, ...content } = initial as Partial<Contact>;
  const draft: Contact = { ...base, ...content, caseId: context.caseId, childId: context.childId ?? content.childId ?? base.childId, authorId: context.currentUser.id };
  draft.participantIds = draft.participantIds.filter((id) => id !== '');
  if (plan && initial.participantIds === undefined) {
    draft.participantIds = [...new Set([draft.childId, ...plan.participants.map((participant) => participant.participantId)])].filter((id) => id !== '');
    draft.type = plan.mode === 'phone' ? 'phone' : plan.mode === 'video' ? 'video' : 'visit';
    draft.durationMinutes = plan.durationMinutes;
  }
  const chosen = initial.plannedOccurrence !== undefined;
  const linked = chosen ? linkContactToPlan(draft, draft.visitationPlanId, initial.plannedOccurrence) : withSuggestedOccurrence(context, draft);
  return { editor: editorFor(context, 'create', linked, chosen), rejected: [] };
}

export function editRefusal(context: ContactLogContext, contactId: string): Violation[] {
  const contact = context.contacts.find((candidate) => candidate.id === contactId);
  if (!contact) return [violation('contact.not-found', [], { contactId })];
  return contact.archived === true ? [violation('contact.archived-read-only', ['archived'])] : [];
}

export function startEdit(context: ContactLogContext, contactId: string): Update {
  const contact = context.contacts.find((candidate) => candidate.id === contactId)!;
  return { editor: { ...editorFor(context, 'edit', contact, true), base: contact }, rejected: [] };
}

export function changeDraft(context: ContactLogContext, patch: Partial<ContactContent>): Update {
  const editor = context.editor!;
  // The case, the author, the indexed plan field and storage fields are not the form's to set directly;
  // nor is the child, in a child's log (the contact would leave it).
  const { caseId: _case, authorId: _author, planId: _planId, ...content } = patch;
  const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, updatedBy: _by, archived: _archived, ...allowed } = content as Partial<Contact>;
  if (context.childId !== undefined) delete allowed.childId;
  let draft: Contact = { ...editor.draft, ...allowed };
  let chosen = editor.occurrenceChosen;
  if ('plannedOccurrence' in patch) chosen = patch.plannedOccurrence !== undefined;
  if ('visitationPlanId' in patch && patch.visitationPlanId !== editor.draft.visitationPlanId && !('plannedOccurrence' in patch)) chosen = false;
  draft = chosen ? linkContactToPlan(draft, draft.visitationPlanId, draft.plannedOccurrence) : withSuggestedOccurrence(context, draft);
  return { editor: { ...editorFor(context, editor.mode, draft, chosen, editor.submitted), base: editor.base } };
}

export function refuseSave(context: ContactLogContext): Update {
  const editor = context.editor!;
  return { editor: { ...editor, submitted: true }, rejected: editor.violations };
}

export function beginSave(context: ContactLogContext): Update {
  const editor = context.editor!;
  return {
    pending: {
      operation: 'put',
      kind: CONTACT_KIND,
      record: stamp(editor.draft, context.currentUser, context.now()),
      action: editor.mode === 'create' ? visitationActions.contactRecorded : visitationActions.contactUpdated,
      base: editor.base,
    },
    rejected: [],
  };
}

export function archiveRefusal(context: ContactLogContext, contactId: string): Violation[] {
  const contact = context.contacts.find((candidate) => candidate.id === contactId);
  if (!contact) return [violation('contact.not-found', [], { contactId })];
  return contact.archived === true ? [violation('contact.already-archived', ['archived'])] : [];
}

export function beginArchive(context: ContactLogContext, contactId: string): Update {
  const contact = context.contacts.find((candidate) => candidate.id === contactId)!;
  return {
    pending: { operation: 'archive', kind: CONTACT_KIND, record: stamp(contact, context.currentUser, context.now()), action: visitationActions.contactArchived },
    rejected: [],
  };
}

const scopeOf = (context: ContactLogContext) => (contact: Contact) => contactInLog(context, contact);

export function adoptSaved(context: ContactLogContext, stored: Contact): Update {
  return {
    contacts: placeRecord(context.contacts, stored, scopeOf(context), true),
    editor: undefined,
    pending: undefined,
    conflict: undefined,
    error: undefined,
    rejected: [],
  };
}

export function placeChanged(context: ContactLogContext, kind: string, record: unknown): Update {
  if (kind === CONTACT_KIND) return { contacts: placeRecord(context.contacts, record as Contact, scopeOf(context), true) };
  if (kind === VISITATION_PLAN_KIND) return { plans: placeRecord(context.plans, record as VisitationPlan, (plan) => planInLog(context, plan)) };
  return {};
}

/** Keep mine: where both changed a field, mine; their other changes are kept. An archive is applied to their version. */
export function keepMine(context: ContactLogContext): Update {
  const { conflict, pending } = context;
  if (!conflict || !pending) return {};
  const merged = pending.operation === 'put' ? resolvedMerge(conflict, 'keep-mine')?.merged : undefined;
  if (merged && conflict.theirs) return resolvedWrite(context, merged, conflict.theirs);
  const base = pending.operation === 'archive' && conflict.theirs ? conflict.theirs : pending.record;
  const record = stamp({ ...base, version: conflict.theirs?.version ?? 0 }, context.currentUser, context.now());
  return { pending: { ...pending, record }, conflict: undefined };
}

export function takeTheirs(context: ContactLogContext): Update {
  const theirs = context.conflict?.theirs;
  return {
    ...(theirs ? { contacts: placeRecord(context.contacts, theirs, scopeOf(context), true) } : {}),
    editor: undefined,
    pending: undefined,
    conflict: undefined,
    error: undefined,
  };
}

/** Back to the form to combine by hand: their changes merged in (mine where both changed a field), on their version. */
export function editMine(context: ContactLogContext): Update {
  const theirs = context.conflict?.theirs;
  if (!context.conflict || !theirs) return {};
  const contacts = placeRecord(context.contacts, theirs, scopeOf(context), true);
  const draft = { ...(resolvedMerge(context.conflict, 'keep-mine')?.merged ?? context.conflict.mine), version: theirs.version };
  return { contacts, editor: { ...editorFor({ ...context, contacts }, 'edit', draft, true, true), base: theirs }, pending: undefined, conflict: undefined, error: undefined };
}

/** The form carried over from the previous storage (see `carryOver`), as the log's next context. */
export function carriedUpdate(context: ContactLogContext, outcome: CarryOutcome<Contact>): Update {
  if (outcome.outcome === 'nothing') return {};
  if (outcome.outcome === 'conflict') {
    const { conflict } = outcome;
    const pending = { operation: 'put' as const, kind: CONTACT_KIND, record: conflict.mine, action: visitationActions.contactUpdated, base: conflict.base };
    return { conflict, pending, editor: { ...editorFor(context, 'edit', conflict.mine, true, true), base: conflict.base } };
  }
  return { editor: { ...editorFor(context, outcome.mode, outcome.draft, true), base: outcome.base }, rejected: [] };
}

export function carriedOutcome(event: { carried: CarriedEdit<Contact>; theirs: Contact | undefined }): CarryOutcome<Contact> {
  return carryOver(event.carried, event.theirs);
}
