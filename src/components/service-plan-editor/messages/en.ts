import type { Message } from '../../shared/i18n/catalog.js';
import { items } from './en/items.js';
import { people } from './en/people.js';
import { casePlan } from './en/case-plan.js';
import { lifecycle } from './en/lifecycle.js';
import { document } from './en/document.js';

/**
 * English: the reference catalog (every other language has exactly these keys). The editor's own texts
 * are here; the texts of each part are in ./en/ (items, people, case plan, lifecycle, document).
 */
export const en = {
  "spe.title.service": "Service plan",
  "spe.title.outcome": "Case plan",
  "spe.loading": "Opening the plan…",
  "spe.load-failed": "The plan could not be opened.",
  "spe.not-configured": "This plan cannot be shown: the case is not known. The case management system must supply a case.",
  "spe.readonly.notice": "You are viewing this plan. Changes can only be made by the caseworker.",
  "spe.readonly.no-user": "The case management system has not said who is signed in (or what it said is not valid), so this plan can be read but not changed.",
  "spe.toolbar.label": "Plan tools",
  "spe.saved-announce": "Plan saved.",
  "spe.status-announce": "The plan is now: {status}.",
  "spe.actions": "Actions",
  "spe.none": "None",
  "spe.choose": "Choose…",
  "spe.remove-named": "Remove \"{name}\"",
  "plan.unsaved-on-switch": "Your last changes to the plan you left were not saved: they conflict with changes saved elsewhere, or storage failed. Open that plan again to resolve it.",
  "spe.named-action": "{action}: {name}",
  "spe.label": "{label}:",
  "spe.field.of-item": "of \"{name}\"",
  "spe.outline.people": {"zero": "No members yet", "one": "{count} member: {names}", "other": "{count} members: {names}"},
  "spe.outline.needs": "Needs: {needs} · Strengths: {strengths}",
  "spe.outline.milestones": {"zero": "None yet", "one": "{count} milestone, {achieved} achieved", "other": "{count} milestones, {achieved} achieved"},
  "spe.outline.safety": {"zero": "No steps yet", "one": "{count} step", "other": "{count} steps"},
  "spe.outline.details": "{count} of {total} written",
  "spe.outline.approvals": {"zero": "No decisions recorded", "one": "{count} decision recorded", "other": "{count} decisions recorded"},
  "spe.outline.steps": "Complete, close or cancel the plan",
  "spe.plans.heading": "This case's plans",
  "spe.plans.none": "This case has no plan yet.",
  "spe.plans.new": "New plan",
  "spe.plans.back": "All plans of the case",
  "spe.plans.col.plan": "Plan (its goal)",
  "spe.plans.col.kind": "Kind",
  "spe.plans.col.status": "Status",
  "spe.plans.col.version": "Version",
  "spe.plans.col.dates": "Dates",
  "spe.plans.dates": "Started {created}, last changed {updated}",
  "spe.plans.active-since": "Active since {date}",
  "spe.errors.heading": {"one": "There is a problem", "other": "There are {count} problems"},
  "spe.date.format-hint": "For example {example}",
  ...items,
  ...people,
  ...casePlan,
  ...lifecycle,
  ...document,
  // Add-item form built on demand (issue 18, memory): the button that opens it names its sub-goal.
  "spe.item.add-open": "Add a plan item to \"{title}\"",
  // Issue 9q (typing left on another plan-id): the cp-error code when the plan left held typing no record can take.
  "plan.typing-left-on-switch": "What you typed in the plan you left was not saved: a value that could not be read (such as \"120e\" in a cost), text the plan refused, or a form not yet added. Open that plan again to type it anew.",
  // Review R10l (refused text of a removed record): the note saying the text is kept (shown there, R10f) until discarded.
  "spe.held-typing.record-gone": "Text you typed could not be saved, and the part of the plan it was typed in has since been removed (here or by someone else). It is shown below so you can copy it where it belongs; it stays until you discard it. If the removal is undone here, the text goes back to its field.",
  // Review R10f (the gone-typing note: the kept text shown with what it was, a button to let it go; a commit nobody signed in may write).
  "spe.held-typing.gone-name": "{field} of \"{record}\"",
  "spe.held-typing.gone-unnamed": "Text typed in a removed part of the plan",
  "spe.held-typing.discard": "Discard",
  "spe.held-typing.discard-named": "Discard the kept text: {name}",
  "spe.held-typing.discarded": "Discarded: {name}",
  "spe.held-typing.no-writer": "Not saved: nobody was signed in when this was entered. Change the text to save it.",
  // Issue 11a (sign-out): the cp-error code when signing out left typing no record can take (its own words, not "the plan you left").
  "plan.typing-left-on-sign-out": "What you typed was not saved when you signed out: a value that could not be read (such as \"120e\" in a cost) or a form not yet added. Sign in again to type it anew.",
} satisfies Record<string, Message>;

export type Messages = Record<keyof typeof en, Message>;
