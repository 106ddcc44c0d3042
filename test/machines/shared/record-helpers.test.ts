import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { IdSchema } from '../../../src/model/record.js';
import { ConflictError, StorageError } from '../../../src/storage/errors.js';
import { firstPerField } from '../../../src/model/shared/violation.js';
import { isConflictError, toMachineError } from '../../../src/machines/shared/machine-error.js';
import { newRecordId } from '../../../src/machines/shared/record-id.js';
import { placeRecord } from '../../../src/machines/shared/record-list.js';
import { stamp } from '../../../src/machines/shared/record-write.js';
import { carryOver } from '../../../src/machines/shared/carry-over.js';
import { clashRemains, recordConflict, renewedConflict } from '../../../src/machines/shared/record-conflict.js';
import { weeklyPlan } from '../../model/visitation/fixtures.js';

describe('shared machine fragments', () => {
  it('makes new ids that storage accepts and that differ', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newRecordId()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(z.safeParse(IdSchema, id).success).to.equal(true);
  });

  it('places a changed record: newer replaces, older (read late) never does, archived or moved away leaves the list', () => {
    const v2 = weeklyPlan({ version: 2, notes: 'v2' });
    const list = [weeklyPlan({ id: 'other' }), v2];
    expect(placeRecord(list, weeklyPlan({ version: 1, notes: 'v1' }), () => true)).to.equal(list);
    expect(placeRecord(list, weeklyPlan({ version: 3, notes: 'v3' }), () => true)[1]?.notes).to.equal('v3');
    expect(placeRecord(list, weeklyPlan({ version: 3, archived: true }), () => true).map((plan) => plan.id)).to.deep.equal(['other']);
    expect(placeRecord(list, weeklyPlan({ version: 3, archived: true }), () => true, true)[1]?.archived).to.equal(true);
    expect(placeRecord(list, weeklyPlan({ version: 3, childId: 'child-2' }), (plan) => plan.childId === 'child-1')).to.have.length(1);
    expect(placeRecord(list, weeklyPlan({ id: 'new', version: 1 }), () => true).map((plan) => plan.id)).to.deep.equal(['other', 'plan-weekly', 'new']);
  });

  it('stamps who changed a record and when, and the creation time of a new one', () => {
    const user = { id: 'worker-2', name: 'Inês' };
    const now = new Date('2026-04-02T08:30:00.000Z');
    expect(stamp(weeklyPlan({ version: 0 }), user, now)).to.include({ createdAt: now.toISOString(), updatedAt: now.toISOString(), updatedBy: 'worker-2' });
    expect(stamp(weeklyPlan({ version: 3 }), user, now)).to.include({ createdAt: '2026-01-05T09:00:00.000Z', updatedAt: now.toISOString() });
  });

  it('says whether a clash remains: none once their newest save takes their change back or equals mine; always without a base or theirs', () => {
    const base = weeklyPlan({ version: 1, location: 'Centre' });
    const mine = weeklyPlan({ version: 1, location: 'The park' });
    const open = recordConflict(mine, weeklyPlan({ version: 2, location: 'Home' }), base);
    expect(clashRemains(open)).to.equal(true);
    expect(clashRemains(renewedConflict(open, weeklyPlan({ version: 3, location: 'Centre', notes: 'theirs' })))).to.equal(false);
    expect(clashRemains(renewedConflict(open, weeklyPlan({ version: 3, location: 'The park' })))).to.equal(false);
    expect(clashRemains(renewedConflict(open, weeklyPlan({ version: 3, location: 'Elsewhere' })))).to.equal(true);
    expect(clashRemains(recordConflict(mine, weeklyPlan({ version: 2 }), undefined)), 'a lifecycle step: no base').to.equal(true);
    expect(clashRemains(renewedConflict(open, undefined)), 'theirs gone').to.equal(true);
  });

  it('turns any failure into a localizable code, and recognises a conflict by class or by code', () => {
    expect(toMachineError(new StorageError('timeout', 'Too slow')).code).to.equal('storage.timeout');
    expect(toMachineError(new TypeError('boom')).code).to.equal('storage.unknown');
    expect(toMachineError({ code: 'storage.conflict' }).code).to.equal('storage.conflict');
    // A not-found (any error with a code) keeps its code in every machine: the user reads "plan not found", not "unknown".
    expect(toMachineError(Object.assign(new Error('No service plan p-1'), { code: 'plan.not-found' })).code).to.equal('plan.not-found');
    const plan = weeklyPlan();
    expect(isConflictError(new ConflictError('visitationPlan', plan.id, plan, plan))).to.equal(true);
    expect(isConflictError({ code: 'storage.conflict' })).to.equal(true);
    expect(isConflictError(new StorageError('aborted', 'x'))).to.equal(false);
  });

  it('keeps one message per field, the first', () => {
    const found = firstPerField([
      { code: 'value.required', path: ['childId'] },
      { code: 'value.invalid', path: ['childId'] },
      { code: 'value.required', path: ['participantIds', 0] },
    ]);
    expect(found.map((one) => one.code)).to.deep.equal(['value.required', 'value.required']);
  });

  it('carries a form to another storage: merged onto its record, a conflict where both changed a field, new where it is absent', () => {
    const base = weeklyPlan({ version: 1, title: 'Before', location: 'Centre' });
    const mine = { ...base, title: 'Typed' };
    const carried = { kind: 'visitationPlan', mode: 'edit' as const, draft: mine, base };
    const merged = carryOver(carried, weeklyPlan({ version: 4, title: 'Before', location: 'Other centre' }));
    expect(merged.outcome === 'form' && [merged.draft.title, merged.draft.location, merged.draft.version, merged.base?.version]).to.deep.equal(['Typed', 'Other centre', 4, 4]);
    const conflict = carryOver(carried, weeklyPlan({ version: 4, title: 'Theirs' }));
    expect(conflict.outcome === 'conflict' && conflict.conflict.fields.map((field) => field.path)).to.deep.equal([['title']]);
    const absent = carryOver(carried, undefined);
    expect(absent.outcome === 'form' && [absent.mode, absent.absent, absent.draft.version, absent.draft.title]).to.deep.equal(['create', true, 0, 'Typed']);
    expect(carryOver(carried, weeklyPlan({ version: 2, title: 'Typed', location: 'Centre' })).outcome, 'the new storage already holds it').to.equal('nothing');
    const created = carryOver({ ...carried, mode: 'create', base: undefined }, undefined);
    expect(created.outcome === 'form' && created.absent, 'a new record is not reported absent').to.equal(false);
  });
});
