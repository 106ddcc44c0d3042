// Hostile values a host (or a script on its page) may pass: each is reported in a cp-error and left out;
// none becomes an uncaught error or a broken element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all-elements.js';
import type { ContactLog } from '../../src/components/contact-log/contact-log.js';
import type { ServicePlanEditor } from '../../src/components/service-plan-editor/service-plan-editor.js';
import type { CpErrorEvent } from '../../src/components/shared/events/cp-error.js';
import { MemoryStorageAdapter } from '../../src/storage/memory-adapter.js';
import { NOW, family, worker } from './contact-log/helpers.js';
import { catalog, participants, startAndWriteNewPlan, templates } from './service-plan-editor/helpers.js';

/** Collects what escapes: uncaught errors and unhandled rejections while the test runs. */
function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

const reported = (events: CpErrorEvent[]) => events.flatMap((event) => (event.detail.violations ?? []).map((found) => `${event.detail.code} ${found.code} ${found.path.join('.')}`));

/** A storage every property read of which throws (a revoked proxy, a hostile getter). */
const throwingStorage = new Proxy(
  {},
  {
    get() {
      throw new Error('property access refused');
    },
    has() {
      throw new Error('property access refused');
    },
  },
);

describe('hostile attribute and property values', () => {
  it('time-zone="Mars/Olympus" on <contact-log>: a cp-error, and the log still opens', async () => {
    const uncaught = watchUncaught();
    const events: CpErrorEvent[] = [];
    const log = await fixture<ContactLog>(html`<contact-log
      case-id="case-1"
      child-id="child-1"
      time-zone="Mars/Olympus"
      locale="en"
      @cp-error=${(event: CpErrorEvent) => events.push(event)}
      .storage=${new MemoryStorageAdapter()}
      .participants=${family}
      .currentUser=${worker}
      .now=${NOW}
    ></contact-log>`);
    await waitUntil(() => log.shadowRoot?.querySelector('[data-count]'), 'the log did not load', { timeout: 5000 });
    uncaught.stop();
    expect(reported(events)).to.include('input.invalid value.invalid timeZone');
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('a storage whose every property access throws: a cp-error from each element, never an uncaught error', async () => {
    const uncaught = watchUncaught();
    const events: CpErrorEvent[] = [];
    // Set as a host's script would (lit-html's own template check would trip over the proxy first).
    const log = await fixture<ContactLog>(html`<contact-log case-id="case-1" child-id="child-1" locale="en"
      @cp-error=${(event: CpErrorEvent) => events.push(event)} .participants=${family} .currentUser=${worker} .now=${NOW}></contact-log>`);
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" kind="outcome" locale="en"
      @cp-error=${(event: CpErrorEvent) => events.push(event)} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${NOW}></service-plan-editor>`);
    log.storage = throwingStorage as never;
    editor.storage = throwingStorage as never;
    await Promise.all([log.updateComplete, editor.updateComplete]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    uncaught.stop();
    expect(reported(events).filter((line) => line === 'input.invalid value.invalid storage')).to.have.length(2);
    expect(uncaught.errors).to.deep.equal([]);
    expect(editor.shadowRoot!.textContent!.length).to.be.greaterThan(0);
  });

  it('a now() that throws: a cp-error, once, and the element goes on with the real clock', async () => {
    const uncaught = watchUncaught();
    const events: CpErrorEvent[] = [];
    const storage = new MemoryStorageAdapter();
    const clock = () => {
      throw new Error('clock unavailable');
    };
    const editor = await fixture<ServicePlanEditor>(html`<service-plan-editor case-id="case-1" kind="outcome" locale="en"
      @cp-error=${(event: CpErrorEvent) => events.push(event)} .storage=${storage} .participants=${participants} .catalog=${catalog} .templates=${templates} .currentUser=${worker} .now=${clock}></service-plan-editor>`);
    await startAndWriteNewPlan(editor);
    await waitUntil(() => editor.planId, 'the plan was not created', { timeout: 5000 });
    await editor.updateComplete;
    uncaught.stop();
    const clockReports = reported(events).filter((line) => line === 'input.invalid value.invalid-date now');
    expect(clockReports).to.have.length(1);
    expect(uncaught.errors).to.deep.equal([]);
    expect((await storage.list('servicePlan')).records).to.have.length(1);
  });
});
