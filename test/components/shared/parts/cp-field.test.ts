import { expect, html, oneEvent } from '@open-wc/testing';
import type { CpField } from '../../../../src/components/shared/parts/cp-field.js';
import '../../../../src/define/all-elements.js';
import { deepActiveElement, expectNoAxeViolations, tabTo, typeText } from '../../a11y-helpers.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

async function field(template: ReturnType<typeof html>, locale = 'en'): Promise<{ surface: TestSurface; field: CpField }> {
  const surface = await mount<TestSurface>(html`<test-surface locale=${locale}>${template}</test-surface>`);
  return { surface, field: surface.querySelector<CpField>('cp-field')! };
}

function controlOf(found: CpField): HTMLInputElement {
  return found.shadowRoot!.querySelector<HTMLInputElement>('.control')!;
}

describe('<cp-field>', () => {
  it('labels its control, so the label is the accessible name', async () => {
    const { field: found } = await field(html`<cp-field label="Goal" hint="What the family wants to achieve" required></cp-field>`);
    const input = controlOf(found);
    expect(input.labels?.[0]?.textContent).to.match(/Goal\s+\(required\)/);
    expect(input.required).to.equal(true);
    const hintId = input.getAttribute('aria-describedby')!.split(' ');
    expect(hintId).to.include('hint');
    await expectNoAxeViolations(found);
  });

  it('shows violations localized under the control, linked and marked invalid', async () => {
    const { field: found } = await field(html`<cp-field label="Meta"></cp-field>`, 'es');
    found.violations = [{ code: 'value.too-long', path: ['goal'], params: { max: 200 } }];
    await settle(found);
    const input = controlOf(found);
    const error = found.shadowRoot!.getElementById('error')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('error');
    expect(error.hidden).to.equal(false);
    expect(error.textContent!.trim()).to.equal('Use como máximo 200 caracteres.');
    await expectNoAxeViolations(found);
    found.violations = [];
    await settle(found);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(error.hidden).to.equal(true);
  });

  it('treats slotted error content as an error', async () => {
    const { field: found } = await field(html`<cp-field label="Start date" type="date"><span slot="error">The court order starts later.</span></cp-field>`);
    await settle(found);
    expect(found.invalid).to.equal(true);
    expect(controlOf(found).getAttribute('aria-invalid')).to.equal('true');
  });

  it('is reached with Tab, takes typing, and reports input and change outside its shadow root', async () => {
    const { surface, field: found } = await field(html`<cp-field label="Expected outcome"></cp-field>`);
    const seen: string[] = [];
    surface.addEventListener('input', (event) => seen.push((event.target as CpField).value));
    await tabTo((element) => element === controlOf(found));
    await typeText('Stable housing');
    expect(found.value).to.equal('Stable housing');
    expect(seen.at(-1), 'an outside listener reads the new value').to.equal('Stable housing');
    const changed = oneEvent(found, 'change');
    controlOf(found).blur();
    await changed;
  });

  it('moves focus to its control when focused', async () => {
    const { field: found } = await field(html`<cp-field label="Cost" type="number"></cp-field>`);
    found.focus();
    expect(deepActiveElement()).to.equal(controlOf(found));
  });

  it('offers select options with an empty choice only when optional', async () => {
    const options = [
      { value: 'in-person', label: 'In person' },
      { value: 'video', label: 'Video call' },
    ];
    const { field: found } = await field(html`<cp-field label="How" type="select" .options=${options} value="video" empty-label="Not decided"></cp-field>`);
    const select = found.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Not decided', 'In person', 'Video call']);
    expect(select.value).to.equal('video');
    found.required = true;
    await settle(found);
    expect(select.options).to.have.length(2);
    await expectNoAxeViolations(found);
  });

  it('renders a multi-line textarea with the text language when given', async () => {
    const { field: found } = await field(html`<cp-field label="Notes" type="textarea" input-lang="es" value="La visita fue bien."></cp-field>`);
    const textarea = found.shadowRoot!.querySelector('textarea')!;
    expect(textarea.value).to.equal('La visita fue bien.');
    expect(textarea.lang).to.equal('es');
    await expectNoAxeViolations(found);
  });
});
