// Found in review (r9f): date-text.ts remembers the English order for "3/4/202" half-typed when French is chosen. The user
// then empties the field and leaves it (committed as ''), and later types a date afresh in French: typedDate
// still reads it in the remembered English order (the text starts with "3/4/202"), so 3 April is stored as March 4.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, itemCard, mountEditor, openItem, settle, untilSaved } from './helpers.js';

for (const [halfTypedFirst, leftEmpty] of [[false, true], [true, true], [true, false]] as const) {
  const how = !halfTypedFirst ? 'control' : `after "3/4/202" was half-typed in English, then emptied${leftEmpty ? ' and left' : ', not left'}`;
  it(`French: "3/4/2026" typed into an emptied field is 3 April (${how})`, async () => {
    const storage = new MemoryStorageAdapter({ name: `r9f-dates-${Math.random()}` });
    await storage.put('servicePlan', readyPlan());
    const element = await mountEditor({ storage, planId: 'plan-1', locale: halfTypedFirst ? 'en' : 'fr' });
    await openItem(element, 'Item item-1');
    const start = () => $<HTMLInputElement>(itemCard(element, 'Item item-1'), 'input[name$=".expectedStart"]');
    start().focus();
    start().select();
    if (halfTypedFirst) {
      await sendKeys({ type: '3/4/202' });
      element.locale = 'fr';
      await element.updateComplete;
      await settle(element);
    }
    start().select();
    await sendKeys({ press: 'Backspace' });
    if (leftEmpty) {
      await sendKeys({ press: 'Tab' });
      await settle(element);
      start().focus();
      start().select();
    }
    await sendKeys({ type: '3/4/2026' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    await untilSaved(element);
    expect((await storage.get<ServicePlan>('servicePlan', 'plan-1'))!.subGoals[0]!.items[0]!.expectedStart, 'typed in French as 3 April').to.equal('2026-04-03');
  });
}
