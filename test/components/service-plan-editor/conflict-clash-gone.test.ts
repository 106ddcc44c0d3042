import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/locales/fr.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import { $, announced, untilSaved } from './helpers.js';
import { conflictPanel, otherTabSaves, typedConflict } from './typed-conflict.js';

const clashGone = 'They saved again and no field clashes any more: the conflict is closed and your changes are kept on top of their latest version.';

describe('<service-plan-editor>: the other tab saves again and the clash is gone', () => {
  it('they take their change back: the conflict closes by itself, mine is saved on their latest version, and it is said', async () => {
    const { editor, storage, databaseName, planId, title } = await typedConflict('clash-gone-reverted');
    const newest = await otherTabSaves(databaseName, planId, { title, description: 'Described by them' });
    await waitUntil(() => conflictPanel(editor) === null, 'the conflict stayed open', { timeout: 5000 });
    await untilSaved(editor);
    const stored = (await storage.get<ServicePlan>('servicePlan', planId))!;
    expect(stored.goal, 'my typing kept, their description too').to.deep.equal({ title: 'Typed by me', description: 'Described by them' });
    expect(stored.version, 'written on top of their latest version').to.equal(newest.version + 1);
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Typed by me');
    expect(announced(editor).polite, 'why it closed, then what their save added').to.equal(`${clashGone} Changes saved by someone else were added to your work: Goal › Description.`);
  });

  it('their latest save now equals mine: the conflict closes by itself, nothing is written over it, and it is said', async () => {
    const { editor, storage, databaseName, planId } = await typedConflict('clash-gone-same');
    // A keyboard user on the panel's first resolution when it goes away.
    [...conflictPanel(editor)!.querySelectorAll('button')].find((button) => button.textContent?.includes('Keep mine in every field'))!.focus();
    const newest = await otherTabSaves(databaseName, planId, { title: 'Typed by me' });
    await waitUntil(() => conflictPanel(editor) === null, 'the conflict stayed open', { timeout: 5000 });
    await untilSaved(editor);
    expect((await storage.get<ServicePlan>('servicePlan', planId))?.version, 'nothing written over their latest save').to.equal(newest.version);
    await waitUntil(() => editor.shadowRoot!.activeElement?.id === 'plan-title', `focus was left on ${editor.shadowRoot!.activeElement?.id ?? document.activeElement?.tagName}`, { timeout: 3000 });
    expect($<HTMLInputElement>(editor, 'input[name="goal.title"]').value).to.equal('Typed by me');
    expect(announced(editor).polite).to.equal(clashGone);
  });

  it('is said in the editor’s language', async () => {
    const { editor, databaseName, planId } = await typedConflict('clash-gone-french');
    editor.setAttribute('locale', 'fr');
    await otherTabSaves(databaseName, planId, { title: 'Typed by me' });
    await waitUntil(() => conflictPanel(editor) === null, 'the conflict stayed open', { timeout: 5000 });
    await waitUntil(() => announced(editor).polite?.startsWith('L’autre personne a de nouveau enregistré et plus aucun champ'), `announced: ${announced(editor).polite}`, { timeout: 5000 });
  });
});
