import { expect, html, oneEvent } from '@open-wc/testing';
import type { CpLiveRegion } from '../../../../src/components/shared/parts/cp-live-region.js';
import type { CpProgress } from '../../../../src/components/shared/parts/cp-progress.js';
import type { CpSaveIndicator } from '../../../../src/components/shared/parts/cp-save-indicator.js';
import type { CpStatusBadge } from '../../../../src/components/shared/parts/cp-status-badge.js';
import type { CpStorageWarning } from '../../../../src/components/shared/parts/cp-storage-warning.js';
import type { CaseplanProvider } from '../../../../src/components/caseplan-provider/caseplan-provider.js';
import type { StorageAdapter } from '../../../../src/storage/adapter.js';
import '../../../../src/define/all-elements.js';
import { expectNoAxeViolations } from '../../a11y-helpers.js';
import { mount, settle } from '../mount.js';
import type { TestSurface } from '../surface.js';
import '../surface.js';

function shadowText(element: Element): string {
  return (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<cp-status-badge>', () => {
  it('names a status in the element language, toned by the status', async () => {
    const surface = await mount<TestSurface>(html`<test-surface locale="fr"><cp-status-badge status="active"></cp-status-badge></test-surface>`);
    const badge = surface.querySelector<CpStatusBadge>('cp-status-badge')!;
    await settle(surface);
    expect(shadowText(badge)).to.equal('En vigueur');
    expect(badge.shadowRoot!.querySelector('.badge')!.classList.contains('success')).to.equal(true);
    await expectNoAxeViolations(surface);
  });

  it('shows slotted text with the given tone instead', async () => {
    const surface = await mount<TestSurface>(html`<test-surface><cp-status-badge tone="danger">3 missed visits</cp-status-badge></test-surface>`);
    const badge = surface.querySelector<CpStatusBadge>('cp-status-badge')!;
    expect(badge.textContent).to.equal('3 missed visits');
    expect(badge.shadowRoot!.querySelector('.badge')!.classList.contains('danger')).to.equal(true);
  });
});

describe('<cp-progress>', () => {
  it('is a labelled progressbar whose value is said in words', async () => {
    const surface = await mount<TestSurface>(html`<test-surface locale="pt-BR"><cp-progress label="Sessões realizadas" value="5" max="12"></cp-progress></test-surface>`);
    const progress = surface.querySelector<CpProgress>('cp-progress')!;
    await settle(surface);
    const bar = progress.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('5');
    expect(bar.getAttribute('aria-valuemax')).to.equal('12');
    expect(bar.getAttribute('aria-valuetext')).to.equal('5 de 12 (42%)');
    expect(shadowText(progress)).to.contain('5 de 12 (42%)');
    await expectNoAxeViolations(surface);
  });

  it('keeps the real count in words when it exceeds the maximum, and survives bad numbers', async () => {
    const surface = await mount<TestSurface>(html`<test-surface locale="en"><cp-progress label="Sessions" value="6" max="5"></cp-progress></test-surface>`);
    const progress = surface.querySelector<CpProgress>('cp-progress')!;
    await settle(surface);
    const bar = progress.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('5');
    expect(progress.valueText).to.equal('6 of 5 (120%)');
    progress.value = Number.NaN;
    progress.max = 0;
    await settle(surface);
    expect(progress.valueText).to.equal('0 of 0 (0%)');
  });
});

describe('<cp-live-region>', () => {
  it('announces politely and assertively, and the same message twice as two announcements', async () => {
    const region = await mount<CpLiveRegion>(html`<cp-live-region></cp-live-region>`);
    const status = region.shadowRoot!.querySelector('[role="status"]')!;
    const alert = region.shadowRoot!.querySelector('[role="alert"]')!;
    region.announce('Saved');
    await settle(region);
    const first = status.querySelector('span');
    expect(first?.textContent).to.equal('Saved');
    region.announce('Saved');
    await settle(region);
    const second = status.querySelector('span');
    expect(second?.textContent).to.equal('Saved');
    expect(second, 'a fresh node, so it is read again').not.to.equal(first);
    region.announce('The change was not saved.', 'assertive');
    await settle(region);
    expect(alert.textContent!.trim()).to.equal('The change was not saved.');
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
  });
});

describe('<cp-save-indicator>', () => {
  it('says each save state in the element language, in a status region', async () => {
    const surface = await mount<TestSurface>(html`<test-surface locale="es"><cp-save-indicator state="saving"></cp-save-indicator></test-surface>`);
    const indicator = surface.querySelector<CpSaveIndicator>('cp-save-indicator')!;
    await settle(surface);
    expect(indicator.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Guardando…');
    indicator.state = 'dirty';
    await settle(surface);
    expect(shadowText(indicator)).to.equal('Cambios sin guardar');
    indicator.state = 'saved';
    await settle(surface);
    expect(shadowText(indicator)).to.equal('Todos los cambios se guardaron');
    indicator.state = 'conflict';
    await settle(surface);
    expect(shadowText(indicator)).to.contain('Otra persona guardó cambios');
    await expectNoAxeViolations(surface);
  });

  it('explains a failed save and offers to try again', async () => {
    const surface = await mount<TestSurface>(html`<test-surface locale="en"><cp-save-indicator state="failed"></cp-save-indicator></test-surface>`);
    const indicator = surface.querySelector<CpSaveIndicator>('cp-save-indicator')!;
    indicator.error = { code: 'storage.quota-exceeded' };
    await settle(surface);
    expect(shadowText(indicator)).to.contain('out of storage space');
    const retried = oneEvent(surface, 'cp-retry');
    indicator.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await retried;
    await expectNoAxeViolations(surface);
  });
});

describe('<cp-storage-warning>', () => {
  const storageThatForgets = { name: 'memory', persistent: false } as StorageAdapter;
  const storageThatKeeps = { name: 'indexeddb', persistent: true } as StorageAdapter;

  it('warns, in the element language, only when storage does not keep records', async () => {
    const surface = await mount<TestSurface>(html`<test-surface locale="pt-BR"><cp-storage-warning .storage=${storageThatForgets}></cp-storage-warning></test-surface>`);
    const warning = surface.querySelector<CpStorageWarning>('cp-storage-warning')!;
    await settle(surface);
    expect(shadowText(warning)).to.contain('Seu trabalho não está sendo guardado');
    await expectNoAxeViolations(surface);
    warning.storage = storageThatKeeps;
    await settle(surface);
    expect(shadowText(warning)).to.equal('');
  });

  it('says why records are kept only in memory when the element knows the reason', async () => {
    const surface = await mount<TestSurface>(
      html`<test-surface locale="en"><cp-storage-warning .storage=${storageThatForgets} .reason=${{ code: 'storage.unavailable' }}></cp-storage-warning></test-surface>`,
    );
    const warning = surface.querySelector<CpStorageWarning>('cp-storage-warning')!;
    await settle(surface);
    expect(warning.shadowRoot!.querySelector('[part="reason"]')?.textContent?.trim()).to.equal(surface.localize.error({ code: 'storage.unavailable' }));
    await expectNoAxeViolations(surface);
  });

  it('uses the provider storage when given none', async () => {
    const provider = await mount<CaseplanProvider>(html`<caseplan-provider><test-surface><cp-storage-warning></cp-storage-warning></test-surface></caseplan-provider>`);
    const warning = provider.querySelector<CpStorageWarning>('cp-storage-warning')!;
    expect(warning.showing).to.equal(false);
    provider.storage = { ...storageThatForgets, get: () => {}, list: () => {}, put: () => {}, archive: () => {}, transaction: () => {}, history: () => {}, watch: () => {}, close: () => {} } as unknown as StorageAdapter;
    await settle(provider);
    expect(warning.showing).to.equal(true);
  });
});
