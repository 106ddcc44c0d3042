import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import type { ServicePlan } from '../../../src/model/service-plan/plan.js';
import type { ServicePlanEditor } from '../../../src/components/service-plan-editor/service-plan-editor.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor, openSection, printMedia, settle, typeInto, untilSaved } from './helpers.js';

function storeWith(plan: ServicePlan): MemoryStorageAdapter {
  const storage = new MemoryStorageAdapter({ name: `print-${Math.random()}` });
  storage.seedRaw('servicePlan', { ...plan, version: 2 });
  return storage;
}

/** The document-level `@page` rules the elements added (the page margins, header and "page X of Y"). */
function pageRules(): string {
  return document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => text.startsWith('@page')).join('\n');
}

const caseDetails = { caseNumber: 'JV-2026-0001', agency: 'Springfield County Children and Family Services', court: 'Springfield Juvenile Court' };

async function printedEditor(locale = 'en', plan = readyPlan({ status: 'active', activatedOn: '2026-01-20' })): Promise<ServicePlanEditor> {
  const element = await mountEditor({ storage: storeWith(plan), planId: 'plan-1', locale });
  element.caseDetails = caseDetails;
  await settle(element);
  return element;
}

describe('<service-plan-editor> printed', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('carries its own header: case, child and date of birth, agency, court, caseworker, prepared by, version, date printed', async () => {
    const element = await printedEditor();
    await printMedia(element);
    const header = $(element, '.print-only [part~="print-header"]');
    const facts = Object.fromEntries([...header.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]));
    expect(facts).to.deep.equal({
      'Case number:': 'JV-2026-0001',
      'Child:': 'Leo Souza',
      'Date of birth:': 'Sep 15, 2021',
      'Agency:': 'Springfield County Children and Family Services',
      'Court:': 'Springfield Juvenile Court',
      'Caseworker:': 'Claire Martin',
      'Prepared by:': 'Claire Martin',
      'Version:': '1',
      'Printed on:': 'Mar 10, 2026',
    });
    expect(getComputedStyle(header).display).not.to.equal('none');
  });

  it('prints only the document: no status card, hint, toolbar or versions', async () => {
    const element = await printedEditor();
    await printMedia(element);
    for (const selector of ['[part~="status"]', '[part~="toolbar"]', '.hint', '.sections']) {
      const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
      if (found) expect(found.checkVisibility(), `${selector} prints`).to.equal(false);
    }
    expect($(element, '.print-only').checkVisibility()).to.equal(true);
  });

  it('builds the printed copy only to print: none on screen; the browser\'s own print (beforeprint) has the whole plan at once; gone after afterprint', async () => {
    const plan = readyPlan({ status: 'active', activatedOn: '2026-01-20' });
    const element = await printedEditor('en', plan);
    const names = plan.subGoals.flatMap((subGoal) => subGoal.items.map((item) => item.source.name));
    expect(names.length).to.be.above(1);
    expect(element.shadowRoot!.querySelector('.print-only') !== null, 'a printed copy on screen').to.equal(false);
    // Ctrl+P and window.print() fire beforeprint, then lay the page out for print before any microtask runs.
    window.dispatchEvent(new Event('beforeprint'));
    const paper = element.shadowRoot!.querySelector('.print-only [part~="document"]');
    const printedText = paper?.textContent ?? '';
    window.dispatchEvent(new Event('afterprint'));
    expect(paper !== null, 'the printed copy was not there when beforeprint returned').to.equal(true);
    for (const name of names) expect(printedText).to.contain(name);
    await settle(element);
    expect(element.shadowRoot!.querySelector('.print-only') !== null, 'the printed copy stays after printing').to.equal(false);
  });

  it('prints the whole plan through print(), whether or not the browser fires beforeprint for it', async () => {
    const plan = readyPlan({ status: 'active', activatedOn: '2026-01-20' });
    const element = await printedEditor('en', plan);
    const seen: string[] = [];
    const original = window.print;
    window.print = () => void seen.push(element.shadowRoot!.querySelector('.print-only [part~="document"]')?.textContent ?? '');
    try {
      await element.print();
    } finally {
      window.print = original;
    }
    expect(seen).to.have.length(1);
    for (const item of plan.subGoals.flatMap((subGoal) => subGoal.items)) expect(seen[0]).to.contain(item.source.name);
  });

  it('numbers every page in the reader\'s language with a document-level @page rule, gone with the element', async () => {
    const element = await printedEditor('es');
    // Written after the first paint (see the next test): there by the time anyone prints. The first render may
    // still be in English while the Spanish catalog loads (its rule is rewritten then): wait for the reader's language.
    await waitUntil(() => pageRules().includes('Página'), 'no Spanish @page rule after the first paint', { timeout: 5000 });
    expect(pageRules()).to.contain('"Página " counter(page) " de " counter(pages)');
    expect(pageRules()).to.contain('JV-2026-0001');
    expect(pageRules()).to.contain('Leo Souza');
    element.remove();
    expect(pageRules()).to.equal('');
  });

  it('says the page margins in the new language after a language switch: for a print with no beforeprint (readComplete) and for the browser\'s own print', async () => {
    const element = await printedEditor('en');
    await waitUntil(() => pageRules().includes('Version 1 · printed'), 'no English @page rule after the first paint', { timeout: 5000 });
    element.locale = 'fr';
    expect(await element.readComplete).to.equal(true);
    let rules = pageRules();
    expect(rules).to.contain('"Page " counter(page) " sur " counter(pages)');
    expect(rules).to.contain('Dossier JV-2026-0001');
    expect(rules).to.contain('imprimé le 10 mars 2026');
    expect(rules).not.to.contain('printed');
    // Ctrl+P right after the switch: the rule is written as printing starts, in the language now shown.
    element.locale = 'pt';
    await element.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    rules = pageRules();
    window.dispatchEvent(new Event('afterprint'));
    expect(rules).to.contain('Processo JV-2026-0001');
    expect(rules).to.contain('impresso em');
    expect(rules).not.to.contain('imprimé');
    element.remove();
  });

  it('writes the @page rule after the plan\'s first paint, not in the render that opens it (it styles the whole page again), and at once when printing starts', async () => {
    let atFirstRender: { rules: string; atPrint: string } | undefined;
    const mounted = mountEditor({ storage: storeWith(readyPlan({ status: 'active', activatedOn: '2026-01-20' })), planId: 'plan-1' });
    await waitUntil(() => document.querySelector('service-plan-editor')?.shadowRoot, 'the editor was not placed', { timeout: 5000 });
    const editor = document.querySelector('service-plan-editor')!;
    new MutationObserver((_records, observer) => {
      if (!editor.shadowRoot!.querySelector('[part~="goal"]')) return;
      observer.disconnect();
      const rules = pageRules();
      // Printing now (the dialog, window.print(), print to PDF all fire beforeprint first) needs the rule at once.
      window.dispatchEvent(new Event('beforeprint'));
      atFirstRender = { rules, atPrint: pageRules() };
      window.dispatchEvent(new Event('afterprint'));
    }).observe(editor.shadowRoot!, { childList: true, subtree: true });
    const element = await mounted;
    expect(atFirstRender, 'the plan rendered').not.to.equal(undefined);
    expect(atFirstRender!.rules, 'the @page rule in the render that opened the plan').to.equal('');
    expect(atFirstRender!.atPrint).to.contain('counter(pages)');
    await waitUntil(() => pageRules().includes('counter(pages)'), 'no @page rule after the first paint', { timeout: 5000 });
    element.remove();
    expect(pageRules()).to.equal('');
  });

  it('writes the @page rule in the render that opens the plan under print media (print emulation, print to PDF)', async () => {
    await emulateMedia({ media: 'print' });
    let atFirstRender: string | undefined;
    const mounted = mountEditor({ storage: storeWith(readyPlan({ status: 'active', activatedOn: '2026-01-20' })), planId: 'plan-1' });
    await waitUntil(() => document.querySelector('service-plan-editor')?.shadowRoot, 'the editor was not placed', { timeout: 5000 });
    const editor = document.querySelector('service-plan-editor')!;
    new MutationObserver((_records, observer) => {
      if (!editor.shadowRoot!.querySelector('[part~="goal"], [part~="document"]')) return;
      observer.disconnect();
      atFirstRender = pageRules();
    }).observe(editor.shadowRoot!, { childList: true, subtree: true });
    const element = await mounted;
    expect(atFirstRender, 'the @page rule in the render that opened the plan').to.contain('counter(pages)');
    element.remove();
    expect(pageRules()).to.equal('');
  });

  it('keeps host text in the page margins as text (quotes and backslashes escaped)', async () => {
    const element = await printedEditor();
    element.caseDetails = { ...caseDetails, caseNumber: 'A"; } body { color: red } @page { x: "' };
    await settle(element);
    await waitUntil(() => pageRules().includes('color: red'), 'the new case number did not reach the page margins', { timeout: 5000 });
    // Still one @page rule with its three margin boxes, the case number inside the header's string: no rule escaped from it.
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    expect(rules.map((rule) => rule.constructor.name)).to.deep.equal(['CSSPageRule']);
    const margins = [...(rules[0] as CSSPageRule & { cssRules: CSSRuleList }).cssRules] as (CSSRule & { name: string; style: CSSStyleDeclaration })[];
    expect(margins.map((rule) => rule.name)).to.deep.equal(['top-left', 'top-right', 'bottom-center']);
    expect(margins[0]!.style.getPropertyValue('content')).to.contain('A\\"; } body { color: red }');
    element.remove();
  });

  it('prints for a participant in their preferred language, then the screen goes back to its own', async () => {
    const element = await printedEditor();
    const seen: string[] = [];
    const original = window.print;
    window.print = () => {
      seen.push(element.shadowRoot!.querySelector('.print-only [part~="print-header"]')!.textContent!.replace(/\s+/g, ' '));
    };
    try {
      await element.printFor('maria'); // Maria reads Portuguese (pt-BR)
    } finally {
      window.print = original;
    }
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('Número do processo:');
    expect(seen[0]).to.contain('Impresso em:');
    await settle(element);
    expect(element.locale).to.equal('en');
    expect(element.shadowRoot!.querySelector('.print-only') !== null, 'the printed copy stays after printing').to.equal(false);
    await printMedia(element);
    expect($(element, '.print-only [part~="print-header"]').textContent).to.contain('Case number:');
  });

  it('reports invalid case details in a cp-error and prints without them', async () => {
    const element = await printedEditor();
    const error = oneEvent(element, 'cp-error');
    element.caseDetails = { caseNumber: '<b>1</b>' };
    const { detail } = await error;
    expect(detail.code).to.equal('input.invalid');
    await printMedia(element);
    expect($(element, '.print-only [part~="print-header"]').textContent).not.to.contain('<b>');
  });
});

describe('<service-plan-editor> placement, health and education (42 U.S.C. 675(1))', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('are written in their own part, saved, and printed; the youth\'s sections appear from 14', async () => {
    const element = await printedEditor();
    await openSection(element, 'case-plan-details');
    const part = $(element, '[part~="case-plan-details"]');
    expect(part.querySelector('#f-details-transitionServices')).to.equal(null); // Leo is 4
    await typeInto(element, part.querySelector<HTMLTextAreaElement>('#f-details-placement')!, 'With his maternal aunt, Rosa Lima');
    await untilSaved(element);
    await printMedia(element);
    const printed = $(element, '.print-only [data-detail="placement"]');
    expect(printed.textContent).to.contain('With his maternal aunt, Rosa Lima');
    expect($(element, '.print-only [data-detail="health"]').textContent).to.contain('Not recorded.');

    const youth = await printedEditor('en', readyPlan({ principalParticipantId: 'ana', participantIds: ['ana', 'maria'] }));
    await openSection(youth, 'case-plan-details');
    expect($(youth, '[part~="case-plan-details"]').querySelector('#f-details-transitionServices')).not.to.equal(null);
  });
});
