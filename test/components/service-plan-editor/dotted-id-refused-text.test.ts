// Found in review (r9f): a record id may hold dots (IdSchema allows [A-Za-z0-9._:@-]); field-owner.ts splits the field key
// on '.', reads the id as its first piece, finds no such record, and forgetGone drops the refused text at once.
import { expect } from '@open-wc/testing';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, openItem, overLongText, pasteInto, settle, untilSaved } from './helpers.js';

for (const itemId of ['item-1', 'svc.7']) {
  it(`refused pasted text stays in view for an item whose id is ${itemId}`, async () => {
    const plan = JSON.parse(JSON.stringify(readyPlan()).replaceAll('"item-1"', JSON.stringify(itemId))) as ServicePlan;
    const storage = new MemoryStorageAdapter({ name: `r9f-dot-${Math.random()}` });
    await storage.put('servicePlan', plan);
    const editor = await mountEditor({ storage, planId: 'plan-1' });
    const card = await openItem(editor, 'Item item-1');
    await pasteInto(editor, $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]'), overLongText);
    await untilSaved(editor);
    await settle(editor);
    const field = $<HTMLTextAreaElement>(card, 'textarea[name$=".expectedOutcome"]');
    expect({ length: field.value.length, invalid: field.getAttribute('aria-invalid') }, 'the 10 500 pasted characters and their message').to.deep.equal({ length: overLongText.length, invalid: 'true' });
  });
}
