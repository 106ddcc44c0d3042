// Found by RX14 (320 px wide, text at 200 %, keyboard only): the plan's sticky header (title, status,
// "Submit for approval", "All plans of the case", Undo, Redo, Print, save state) wraps to about 800 px,
// taller than the 640 px screen, and stays stuck over it: every field Tab reaches is hidden under it.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { $, mountEditor, settle } from './helpers.js';

/** The focused control inside the editor. */
function focusedControl(root: ShadowRoot): HTMLElement {
  return root.activeElement as HTMLElement;
}

describe('<service-plan-editor> at 320 px with 200 % text (found)', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 1280, height: 900 });
  });

  it('never hides the field the keyboard reaches under its sticky header', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%'; // the browser's text size setting
    const storage = new MemoryStorageAdapter({ name: `sticky-${Math.random()}` });
    const element = await mountEditor({ storage });
    element.style.display = 'block';
    await settle(element);
    const root = element.shadowRoot!;
    $<HTMLInputElement>(element, 'input[name="goal.title"]').focus();
    const hidden: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await sendKeys({ press: 'Tab' });
      await settle(element);
      const control = focusedControl(root);
      const header = $(element, '[part~="toolbar"]').getBoundingClientRect();
      const box = control.getBoundingClientRect();
      // Covered: the control's box lies wholly within the header's (the header is drawn above it).
      if (box.top >= header.top && box.bottom <= header.bottom) hidden.push(`${control.localName} "${control.getAttribute('aria-label') || control.id || control.textContent?.trim()}" at ${Math.round(box.top)}..${Math.round(box.bottom)} under the header ${Math.round(header.top)}..${Math.round(header.bottom)}`);
    }
    expect(hidden).to.deep.equal([]);
  });
});
