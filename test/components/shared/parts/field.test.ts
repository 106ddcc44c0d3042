import { expect, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { typingStart } from '../../../../src/components/shared/directives/typed-value.js';
import { checkboxField, fieldGroup, inputField, selectField, textAreaField } from '../../../../src/components/shared/parts/field.js';
import { expectNoAxeViolations, pressKey, tabTo, typeText } from '../../a11y-helpers.js';
import { settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

/** Renders (and re-renders, as an element does) fields into a test surface that stands in for an element. */
function stage(): { show(content: TemplateResult): Promise<TestSurface> } {
  const container = document.createElement('div');
  document.body.append(container);
  after(() => container.remove());
  return {
    async show(content) {
      render(html`<test-surface locale="en">${content}</test-surface>`, container);
      const surface = container.querySelector<TestSurface>('test-surface')!;
      await settle(surface);
      return surface;
    },
  };
}

const ignore = () => undefined;

describe('the shared field', () => {
  it('names its control by its label (with the item it belongs to) and links hint and messages to it', async () => {
    const surface = await stage().show(
      inputField({ id: 'f-status', label: 'Status', labelContext: 'of Housing', requiredNote: 'required', required: true, hint: 'Where the item stands', value: '', onChange: ignore }),
    );
    const input = surface.querySelector<HTMLInputElement>('#f-status')!;
    expect(input.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Status of Housing (required)');
    expect(input.required).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('f-status-hint');
    await expectNoAxeViolations(surface);
  });

  it('shows every message at the field, marks it invalid and describes it by them', async () => {
    const surface = await stage().show(
      textAreaField({ id: 'notes', label: 'Notes', hint: 'Plain text', error: ['Too long.', 'Not plain text.'], value: 'x', onChange: ignore }),
    );
    const textarea = surface.querySelector<HTMLTextAreaElement>('#notes')!;
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.equal('notes-hint notes-error');
    expect([...surface.querySelectorAll('#notes-error li')].map((item) => item.textContent)).to.deep.equal(['Too long.', 'Not plain text.']);
    await expectNoAxeViolations(surface);
  });

  it('keeps what the user is typing when a value saved elsewhere arrives, and commits it with the value typing began from', async () => {
    const page = stage();
    const commits: { value: string; startedFrom: string | undefined }[] = [];
    const goal = (value: string) =>
      inputField({ id: 'goal', label: 'Goal', value, onChange: (typed, control) => commits.push({ value: typed, startedFrom: typingStart(control) }) });
    const surface = await page.show(goal('Stable housing'));
    const input = surface.querySelector<HTMLInputElement>('#goal')!;
    await tabTo((element) => element === input);
    await pressKey('End');
    await typeText(' soon');
    await page.show(goal('Housing (changed in another tab)'));
    expect(input.value, 'the text under the fingers stays').to.equal('Stable housing soon');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(commits).to.deep.equal([{ value: 'Stable housing soon', startedFrom: 'Stable housing' }]);
    input.blur();
    await page.show(goal('Housing (changed in another tab)'));
    expect(input.value, 'once the user has left the field the saved value shows').to.equal('Housing (changed in another tab)');
  });

  it('shows the stored choice of a select again when the user’s choice was not taken', async () => {
    const page = stage();
    const options = [
      { value: 'planned', label: 'Planned' },
      { value: 'done', label: 'Done' },
    ];
    const status = () => selectField({ id: 'status', label: 'Status', value: 'planned', options, emptyLabel: 'Not set', onChange: ignore });
    const surface = await page.show(status());
    const select = surface.querySelector<HTMLSelectElement>('#status')!;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Not set', 'Planned', 'Done']);
    select.value = 'done';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await page.show(status());
    expect(select.value).to.equal('planned');
  });

  it('puts a checkbox before its label and a group’s message under its legend', async () => {
    const surface = await stage().show(
      fieldGroup({
        id: 'days',
        legend: 'Days',
        error: 'Pick a day.',
        content: [checkboxField({ id: 'day-mon', label: 'Monday', checked: false, onChange: ignore })],
      }),
    );
    const box = surface.querySelector<HTMLInputElement>('#day-mon')!;
    expect(box.nextElementSibling?.localName).to.equal('label');
    expect(surface.querySelector('#days')!.getAttribute('aria-describedby')).to.equal('days-error');
    expect(surface.querySelector('#days-error')!.textContent).to.contain('Pick a day.');
    await expectNoAxeViolations(surface);
  });
});
