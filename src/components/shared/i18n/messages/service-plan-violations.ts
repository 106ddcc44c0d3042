/**
 * Text of every Violation code the service plan model defines (plan.*), of the change summaries
 * between plan revisions (plan.change.*), and of the machine's own errors (plan.not-found). The generic
 * `value.*` codes its schemas also produce live in values.ts, shared by every feature.
 * Params holding codes (statuses, permanency goals, review types) are labelled by the element first.
 */
import { registerMessages, type Message } from '../catalog.js';
// The value.* codes the service plan schemas produce: registered with these messages wherever they are used.
import './values.js';

export const en = {
  'plan.not-found': 'This plan could not be found. It may have been removed or belong to another case.',
  'plan.goal.missing': 'Write the goal of the plan.',
  'plan.principal-missing': 'Choose the principal participant, the person whose needs the plan addresses.',
  'plan.sub-goals.missing': 'Add at least one sub-goal.',
  'plan.sub-goal.items-missing': 'Add at least one plan item to the sub-goal "{subGoal}".',
  'plan.item.responsibility-missing': 'Say who is responsible for "{item}".',
  'plan.permanency.missing': 'Choose the primary permanency goal of this case plan.',
  'plan.item.end-before-start': 'The end date ({end}) is before the start date ({start}).',
  'plan.end-before-start': 'The plan ends ({end}) before it became active ({start}).',
  'plan.item.delivery-before-start': 'This delivery ({date}) is dated before the item started ({start}).',
  'plan.item.units-exceed-authorized': '{delivered} units delivered, but only {authorized} authorized.',
  'plan.item.delivery-units-not-positive': 'A delivery must record more than zero units.',
  'plan.item.units-authorized-missing': 'Enter how many units are authorized.',
  'plan.item.unit-type-missing': 'Enter the unit type, for example "session" or "hour".',
  'plan.item.deliveries-on-basic-item': 'Only service unit delivery items record deliveries.',
  'plan.item.cost-negative': 'The cost cannot be negative.',
  'plan.item.duplicate-id': 'Two plan items share the same identifier.',
  'plan.item.template-name-fixed': 'The name and purpose of a standard plan item are set by your organization and cannot be changed.',
  'plan.item.status-transition': 'The item cannot move to that status from its current one.',
  'plan.primary-client-not-member': 'The primary client of the case must be a member of the plan.',
  'plan.principal-not-member': 'The principal participant must be a member of the plan.',
  'plan.participant-unknown': 'This person is no longer listed as a participant on the case.',
  'plan.item.responsible-not-member': 'The person responsible must be a member of the plan.',
  'plan.item.participant-needed-not-member': 'Everyone needed for this item must be a member of the plan.',
  'plan.item.service-participant-not-member': 'The service can only be for members of the plan.',
  'plan.item.service-unknown': 'This service is no longer in the service catalog.',
  'plan.item.service-single-client': '"{service}" serves one client only, but {count} participants are selected.',
  'plan.sub-goal.group-unknown': 'This plan group no longer exists.',
  'plan.permanency.concurrent-same-as-primary': 'The concurrent permanency goal must differ from the primary goal.',
  'plan.close-reason.missing': 'Give the reason for closing the plan.',
  'plan.approval.missing': 'Waiting for approval from {name}.',
  'plan.approval.not-member': 'Only members of the plan can approve it.',
  'plan.approval.comment-required': 'Explain why the plan is declined.',
  'plan.transition.not-allowed': 'This step is not possible in the plan\'s current status.',
  'plan.edit.not-allowed': 'The plan cannot be changed this way in its current status.',
  'plan.edit.target-missing': 'This part of the plan no longer exists; someone may have removed it.',
  'plan.edit.duplicate-id': 'Something with this identifier already exists in the plan.',
  'plan.edit.conflict-pending': 'Choose which version to keep before making more changes.',

  'plan.change.goal': 'Goal changed from "{before}" to "{after}".',
  'plan.change.goal-description': 'The goal description was updated.',
  'plan.change.status': 'Status changed from {before} to {after}.',
  'plan.change.principal': 'Principal participant changed from {before} to {after}.',
  'plan.change.permanency': 'Permanency goal changed from {before} to {after}.',
  'plan.change.review-interval': 'Review interval changed from {before} to {after} months.',
  'plan.change.review-recorded': 'Review recorded on {date} ({type}).',
  'plan.change.participant-added': '{name} joined the plan.',
  'plan.change.participant-removed': '{name} left the plan.',
  'plan.change.sub-goal-added': 'Sub-goal added: "{title}".',
  'plan.change.sub-goal-removed': 'Sub-goal removed: "{title}".',
  'plan.change.sub-goal-retitled': 'Sub-goal renamed from "{before}" to "{after}".',
  'plan.change.sub-goal-description': 'The description of the sub-goal "{title}" was updated.',
  'plan.change.item-added': 'Plan item "{item}" added to "{subGoal}".',
  'plan.change.item-removed': 'Plan item "{item}" removed from "{subGoal}".',
  'plan.change.item-moved': 'Plan item "{item}" moved from "{before}" to "{after}".',
  'plan.change.item-renamed': 'Plan item renamed from "{before}" to "{after}".',
  'plan.change.item-status': 'Status of "{item}" changed from {before} to {after}.',
  'plan.change.item-date': 'Planned date of "{item}" changed from {before} to {after}.',
  'plan.change.item-responsibility': 'Responsibility for "{item}" changed.',
  'plan.change.item-units-authorized': 'Units authorized for "{item}" changed from {before} to {after}.',
  'plan.change.item-units-delivered': 'Units delivered for "{item}" went from {before} to {after}.',
  'plan.change.item-cost': 'The cost of "{item}" changed.',
  'plan.change.item-expected-outcome': 'The expected outcome of "{item}" was updated.',
  'plan.change.item-service': 'The service linked to "{item}" changed.',
  'plan.change.milestone-added': 'Milestone added: "{title}", due {dueDate}.',
  'plan.change.milestone-removed': 'Milestone removed: "{title}".',
  'plan.change.milestone-due-date': 'Milestone "{title}" moved from {before} to {after}.',
  'plan.change.milestone-achieved': 'Milestone "{title}" achieved on {date}.',
  'plan.change.need-added': 'Need added: "{text}".',
  'plan.change.need-removed': 'Need removed: "{text}".',
  'plan.change.strength-added': 'Strength added: "{text}".',
  'plan.change.strength-removed': 'Strength removed: "{text}".',
} satisfies Record<string, Message>;

/** Spanish, French and Portuguese (in ./es, ./fr, ./pt, loaded with their language) have exactly these keys. */
export type Messages = Record<keyof typeof en, Message>;

export const servicePlanViolationMessages = registerMessages('service-plan-violations', { en });
