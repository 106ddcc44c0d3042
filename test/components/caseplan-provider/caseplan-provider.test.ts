import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mount, settle as settleTree } from '../shared/mount.js';
import { html as litHtml } from 'lit';
import type { CaseParticipant } from '../../../src/model/participant.js';
import { CaseplanProvider } from '../../../src/components/caseplan-provider/caseplan-provider.js';
import { CaseplanElement } from '../../../src/components/shared/caseplan-element.js';
import type { CpErrorEvent } from '../../../src/components/shared/events/cp-error.js';
import '../../../src/define/caseplan-provider.js';

/** Shows what it received, as an element would: participant names, user, locale, the time. */
class ContextProbe extends CaseplanElement {
  override render() {
    const names = this.context.participants.map((participant) => participant.name).join(', ');
    return litHtml`<p id="people">${names}</p><p id="user">${this.context.currentUser?.name ?? ''}</p>
      <p id="save">${this.localize.term('common.save')}</p><p id="now">${this.context.now().toISOString()}</p>
      <p id="storage">${this.context.storage?.name ?? ''}</p>`;
  }
}
customElements.define('test-context-probe', ContextProbe);

const family: CaseParticipant[] = [
  { id: 'p-child', name: 'Maya Reyes', role: 'child', birthDate: '2016-05-02' },
  { id: 'p-mother', name: 'Lucía Reyes', role: 'parent' },
];
const caseworker = { id: 'u-1', name: 'Dana Okafor' };

function text(probe: ContextProbe, id: string): string {
  return probe.shadowRoot!.getElementById(id)!.textContent!.trim();
}

async function settle(...elements: Element[]): Promise<void> {
  for (const element of elements) await settleTree(element);
}

describe('<caseplan-provider>', () => {
  it('takes no space on the page', async () => {
    const provider = await fixture<CaseplanProvider>(html`<caseplan-provider></caseplan-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('supplies participants, user, locale and clock to every element inside it, also deep inside', async () => {
    const provider = await fixture<CaseplanProvider>(html`
      <caseplan-provider .participants=${family} .currentUser=${caseworker} locale="es" .now=${'2025-03-01T10:00:00.000Z'}>
        <section><div><test-context-probe></test-context-probe></div></section>
      </caseplan-provider>`);
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    await settle(provider, probe);
    expect(text(probe, 'people')).to.equal('Maya Reyes, Lucía Reyes');
    expect(text(probe, 'user')).to.equal('Dana Okafor');
    expect(text(probe, 'save')).to.equal('Guardar');
    expect(text(probe, 'now')).to.equal('2025-03-01T10:00:00.000Z');
  });

  it('passes later changes on to the elements', async () => {
    const provider = await fixture<CaseplanProvider>(html`<caseplan-provider .participants=${family} locale="en"><test-context-probe></test-context-probe></caseplan-provider>`);
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    await settle(provider, probe);
    provider.participants = [...family, { id: 'p-grandmother', name: 'Rosa Reyes', role: 'relative' }];
    provider.locale = 'fr';
    await settle(provider, probe);
    expect(text(probe, 'people')).to.equal('Maya Reyes, Lucía Reyes, Rosa Reyes');
    expect(text(probe, 'save')).to.equal('Enregistrer');
  });

  it('lets a value set on the element win over the provider', async () => {
    const provider = await fixture<CaseplanProvider>(html`
      <caseplan-provider .participants=${family} .currentUser=${caseworker} locale="es">
        <test-context-probe locale="pt-BR" .currentUser=${{ id: 'u-2', name: 'Sam Lee' }}></test-context-probe>
      </caseplan-provider>`);
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    await settle(provider, probe);
    expect(text(probe, 'user')).to.equal('Sam Lee');
    expect(text(probe, 'save')).to.equal('Salvar');
    expect(text(probe, 'people'), 'what the element does not set still comes from the provider').to.equal('Maya Reyes, Lucía Reyes');
    probe.currentUser = undefined;
    await settle(probe);
    expect(text(probe, 'user')).to.equal('Dana Okafor');
  });

  it('lets an inner provider override some values and pass on the outer ones', async () => {
    const outer = await fixture<CaseplanProvider>(html`
      <caseplan-provider .participants=${family} .currentUser=${caseworker} locale="es">
        <caseplan-provider locale="fr"><test-context-probe></test-context-probe></caseplan-provider>
      </caseplan-provider>`);
    const inner = outer.querySelector<CaseplanProvider>('caseplan-provider')!;
    const probe = inner.querySelector<ContextProbe>('test-context-probe')!;
    await settle(outer, inner, probe);
    expect(text(probe, 'save')).to.equal('Enregistrer');
    expect(text(probe, 'user')).to.equal('Dana Okafor');
    outer.currentUser = { id: 'u-3', name: 'Ana Lima' };
    await settle(outer, inner, probe);
    expect(text(probe, 'user')).to.equal('Ana Lima');
  });

  it('keeps an element working when it is moved out of the provider', async () => {
    const container = await mount<HTMLDivElement>(html`<div><caseplan-provider .currentUser=${caseworker}><test-context-probe></test-context-probe></caseplan-provider></div>`);
    const probe = container.querySelector<ContextProbe>('test-context-probe')!;
    await settle(probe);
    expect(text(probe, 'user')).to.equal('Dana Okafor');
    container.append(probe);
    await settle(probe);
    expect(text(probe, 'user')).to.equal('');
  });

  it('reaches elements that upgraded before the provider did', async () => {
    const container = await mount<HTMLDivElement>(html`<div><late-caseplan-provider><test-context-probe></test-context-probe></late-caseplan-provider></div>`);
    const provider = container.firstElementChild as CaseplanProvider;
    const probe = container.querySelector<ContextProbe>('test-context-probe')!;
    await settle(probe);
    customElements.define('late-caseplan-provider', class extends CaseplanProvider {});
    provider.currentUser = caseworker;
    await settle(provider, probe);
    expect(text(probe, 'user')).to.equal('Dana Okafor');
  });

  it('reports invalid host input in cp-error and keeps the valid part', async () => {
    const provider = await fixture<CaseplanProvider>(html`<caseplan-provider><test-context-probe></test-context-probe></caseplan-provider>`);
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    const bad = [family[0], { id: 'p-x', name: '<img src=x onerror=alert(1)>', role: 'parent' }, { id: 'p-y', role: 'astronaut' }] as CaseParticipant[];
    const reported = oneEvent(provider, 'cp-error') as Promise<CpErrorEvent>;
    provider.participants = bad;
    const event = await reported;
    expect(event.detail.code).to.equal('input.invalid');
    expect(event.detail.violations.map((found) => `${found.code}@${found.path.join('.')}`)).to.include.members([
      'value.markup@participants.1.name',
      'value.required@participants.2.name',
      'value.not-allowed@participants.2.role',
    ]);
    await settle(provider, probe);
    expect(text(probe, 'people')).to.equal('Maya Reyes');
  });

  it('reports an invalid value set on an element itself', async () => {
    const probe = await fixture<ContextProbe>(html`<test-context-probe></test-context-probe>`);
    const reported = oneEvent(probe, 'cp-error') as Promise<CpErrorEvent>;
    probe.now = 'yesterday-ish';
    const event = await reported;
    expect(event.detail.violations[0]).to.deep.include({ code: 'value.invalid-date', path: ['now'] });
    expect(event.composed, 'the host hears it outside the shadow root').to.equal(true);
  });
});
