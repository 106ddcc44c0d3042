export * from './time-zone.js';
export * from './plan.js';
export * from './contact.js';
export * from './create.js';
export { planWindow, isWithinPlanDates, isSuspendedOn, isActiveOn, type PlanWindow } from './schedule-window.js';
export * from './recurrence.js';
