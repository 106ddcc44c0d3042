import { expect } from '@open-wc/testing';
import { isDateField } from '../../src/model/date-fields.js';

describe('which fields of a record hold dates (by its schema)', () => {
  it('knows calendar days, instants and occurrence keys, through lists by entry id or index', () => {
    expect(isDateField('servicePlan', ['milestones', 'm-1', 'dueDate']), 'a milestone due date').to.equal(true);
    expect(isDateField('servicePlan', ['subGoals', 'sg-1', 'items', 'i-1', 'expectedStart']), 'an item date, two lists deep').to.equal(true);
    expect(isDateField('servicePlan', ['approvals', 0, 'recordedAt']), 'an instant, by index').to.equal(true);
    expect(isDateField('servicePlan', ['activatedOn'])).to.equal(true);
    expect(isDateField('servicePlan', ['updatedAt']), 'storage bookkeeping is an instant too').to.equal(true);
    expect(isDateField('servicePlan', ['reviewSchedule', 'courtHearingDates']), 'a list of dates').to.equal(true);
    expect(isDateField('contact', ['occurredAt'])).to.equal(true);
    expect(isDateField('contact', ['plannedOccurrence']), 'an occurrence key').to.equal(true);
    expect(isDateField('visitationPlan', ['startDate'])).to.equal(true);
  });

  it('never takes typed text, a number or a whole entry for a date', () => {
    expect(isDateField('servicePlan', ['goal', 'title'])).to.equal(false);
    expect(isDateField('servicePlan', ['milestones', 'm-1', 'title'])).to.equal(false);
    expect(isDateField('servicePlan', ['milestones', 'm-1']), 'the milestone itself').to.equal(false);
    expect(isDateField('servicePlan', ['revision'])).to.equal(false);
    expect(isDateField('contact', ['notes'])).to.equal(false);
    expect(isDateField('visitationPlan', ['location'])).to.equal(false);
  });

  it('says no for an unknown kind or path', () => {
    expect(isDateField('unknownKind', ['dueDate'])).to.equal(false);
    expect(isDateField('servicePlan', ['no-such-field'])).to.equal(false);
    expect(isDateField('servicePlan', ['goal', 'title', 'deeper'])).to.equal(false);
    expect(isDateField('servicePlan', [])).to.equal(false);
  });
});
