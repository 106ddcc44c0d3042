import { expect } from '@open-wc/testing';
import { hearingsOf, unreviewedHearings } from '../../../src/model/service-plan/review-schedule.js';
import { MemoryStorageAdapter, type StoredRecord } from '../../../src/storage/index.js';
import { buildSampleCase, sampleCaseId, seedSampleCase } from '../../../stories/shared/sample-case/index.js';

const now = new Date('2026-11-23T15:00:00Z');

describe('sample case seeding (Storybook and demo)', () => {
  it('stores a case plan, two visitation plans and a month of contacts that storage accepts', async () => {
    const storage = new MemoryStorageAdapter();
    expect(await seedSampleCase(storage, now)).to.equal(true);
    const plans = await storage.list('servicePlan', { caseId: sampleCaseId });
    const visitation = await storage.list('visitationPlan', { caseId: sampleCaseId });
    const contacts = await storage.list<StoredRecord & { outcome: { type: string } }>('contact', { caseId: sampleCaseId });
    expect(plans.records).to.have.length(1);
    expect(visitation.records).to.have.length(2);
    expect(contacts.records.length).to.be.at.least(6);
    expect(contacts.records.map((contact) => contact.outcome.type)).to.include.members(['completed', 'no-show', 'cancelled']);
  });

  it('seeds only an empty database, so a returning visitor keeps their changes', async () => {
    const storage = new MemoryStorageAdapter();
    await seedSampleCase(storage, now);
    const [plan] = (await storage.list('servicePlan', { caseId: sampleCaseId })).records;
    await storage.put('servicePlan', { ...plan!, updatedAt: now.toISOString() });
    expect(await seedSampleCase(storage, new Date('2026-12-01T10:00:00Z'))).to.equal(false);
    const stored = await storage.get('servicePlan', plan!.id);
    expect(stored?.version).to.equal(2);
  });

  it('dates every visit in the past and the court hearing ahead of today', () => {
    const records = buildSampleCase(now);
    for (const contact of records.contacts) expect(Date.parse(contact.occurredAt)).to.be.below(now.getTime());
    const upcoming = hearingsOf(records.casePlan.reviewSchedule).filter((hearing) => hearing.date > '2026-11-23');
    expect(upcoming.map((hearing) => hearing.type)).to.deep.equal(['review']);
    // The hearing that has passed was reviewed: the sample opens with nothing overdue.
    expect(unreviewedHearings(records.casePlan, '2026-12-01')).to.deep.equal([]);
  });
});
