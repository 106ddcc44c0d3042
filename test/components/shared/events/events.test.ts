import { expect, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent, CpStatusChangeEvent } from '../../../../src/components/shared/events/index.js';
import { mount } from '../mount.js';

/** An element that fires from deep inside its shadow root, as the real elements do. */
class DeepFirer extends LitElement {
  override render() {
    return litHtml`<div><span id="inner"></span></div>`;
  }
  fire(event: Event): void {
    this.shadowRoot!.getElementById('inner')!.dispatchEvent(event);
  }
}
customElements.define('test-deep-firer', DeepFirer);

const plan = { id: 'plan-1', version: 3 };

describe('cp-* events', () => {
  const cases: [string, Event][] = [
    ['cp-change', new CpChangeEvent({ kind: 'servicePlan', id: 'plan-1', value: plan, dirty: true })],
    ['cp-status-change', new CpStatusChangeEvent({ kind: 'servicePlan', id: 'plan-1', status: 'submitted', previousStatus: 'draft' })],
    ['cp-saved', new CpSavedEvent({ kind: 'servicePlan', id: 'plan-1', version: 4, record: plan })],
    ['cp-error', new CpErrorEvent({ code: 'storage.quota-exceeded', violations: [] })],
    ['cp-conflict', new CpConflictEvent({ kind: 'servicePlan', id: 'plan-1', attempted: plan, current: { ...plan, version: 4 } })],
  ];

  for (const [name, event] of cases) {
    it(`${name} leaves the shadow root and reaches the host page with its detail`, async () => {
      const container = await mount<HTMLDivElement>(html`<div><test-deep-firer></test-deep-firer></div>`);
      const received: Event[] = [];
      container.addEventListener(name, (heard) => received.push(heard));
      container.querySelector<DeepFirer>('test-deep-firer')!.fire(event);
      expect(received).to.have.length(1);
      expect(received[0]!.type).to.equal(name);
      expect(received[0]!.target, 'retargeted to the element').to.equal(container.querySelector('test-deep-firer'));
      expect((received[0] as Event & { detail: unknown }).detail).to.have.property(name === 'cp-error' ? 'code' : 'kind');
    });
  }

  it('are typed for hosts through GlobalEventHandlersEventMap', () => {
    const element = document.createElement('div');
    let version = 0;
    // This compiles only because 'cp-saved' maps to CpSavedEvent: e.detail.version is a number.
    element.addEventListener('cp-saved', (saved) => (version = saved.detail.version));
    element.dispatchEvent(new CpSavedEvent({ kind: 'contact', id: 'c-1', version: 7, record: {} }));
    expect(version).to.equal(7);
  });
});
