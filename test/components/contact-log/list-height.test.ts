// A host gives the contact list its height with --cp-contact-list-max-height (on the page, a container or
// the element): the list's box takes that height and scrolls the rest, whatever the default would be.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ContactLog } from '../../../src/components/contact-log/contact-log.js';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { settle } from '../visitation-planner/helpers.js';
import { seedWeeklyPlan, manyContacts } from './seed.js';
import { NOW, family, listOf, rows, worker } from './helpers.js';

async function logIn(host: HTMLElement): Promise<ContactLog> {
  const storage = new MemoryStorageAdapter();
  await seedWeeklyPlan(storage);
  await storage.transaction(manyContacts(300).map((record) => ({ kind: 'contact', record })));
  const log = document.createElement('contact-log') as ContactLog;
  Object.assign(log, { storage, participants: family, currentUser: worker, now: NOW });
  for (const [name, value] of [['case-id', 'case-1'], ['child-id', 'child-1'], ['time-zone', 'Europe/Lisbon'], ['locale', 'en'], ['theme', 'light']]) log.setAttribute(name!, value!);
  (host.querySelector('[data-slot]') ?? host).append(log);
  await waitUntil(() => rows(log).length > 0, 'no rows', { timeout: 5000 });
  await settle(log);
  return log;
}

const viewportOf = (log: ContactLog) => listOf(log).shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;

describe('<contact-log> list height set by the host', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const { where, host } of [
    { where: 'on a container', host: () => fixture<HTMLElement>(html`<div style="--cp-contact-list-max-height: 240px"></div>`) },
    { where: 'on the element', host: () => fixture<HTMLElement>(html`<div><style>contact-log { --cp-contact-list-max-height: 240px; }</style><div data-slot></div></div>`) },
    { where: 'on the page root', host: () => fixture<HTMLElement>(html`<div><style>:root { --cp-contact-list-max-height: 240px; }</style><div data-slot></div></div>`) },
  ]) {
    it(`takes the height given ${where}, and scrolls the rest`, async () => {
      const log = await logIn(await host());
      const viewport = viewportOf(log);
      expect(Math.round(viewport.getBoundingClientRect().height), 'the list’s box').to.equal(240);
      expect(viewport.scrollHeight, 'the rest scrolls').to.be.greaterThan(viewport.clientHeight);
    });
  }

  // What the token's documentation promises (contact-log.ts @cssprop): a viewport length and a calc() of lengths.
  for (const { value, expected } of [
    { value: '40vh', expected: () => window.innerHeight * 0.4 },
    { value: 'calc(50vh - 3rem)', expected: () => window.innerHeight * 0.5 - 3 * parseFloat(getComputedStyle(document.documentElement).fontSize) },
  ]) {
    it(`takes a height of ${value}`, async () => {
      const log = await logIn(await fixture<HTMLElement>(html`<div style="--cp-contact-list-max-height: ${value}"></div>`));
      expect(viewportOf(log).getBoundingClientRect().height).to.be.closeTo(expected(), 1);
    });
  }

  it('a taller height than the default is taken too (the list grows to it)', async () => {
    const tall = Math.round(window.innerHeight * 1.5);
    const log = await logIn(await fixture<HTMLElement>(html`<div style="--cp-contact-list-max-height: ${tall}px"></div>`));
    expect(Math.round(viewportOf(log).getBoundingClientRect().height)).to.equal(tall);
  });

  it('a short list is as tall as its rows, never padded out to the height', async () => {
    const storage = new MemoryStorageAdapter();
    await seedWeeklyPlan(storage);
    await storage.transaction(manyContacts(2).map((record) => ({ kind: 'contact', record })));
    const holder = await fixture<HTMLElement>(html`<div style="--cp-contact-list-max-height: 600px"></div>`);
    const log = document.createElement('contact-log') as ContactLog;
    Object.assign(log, { storage, participants: family, currentUser: worker, now: NOW });
    for (const [name, value] of [['case-id', 'case-1'], ['child-id', 'child-1'], ['time-zone', 'Europe/Lisbon'], ['locale', 'en']]) log.setAttribute(name!, value!);
    holder.append(log);
    await waitUntil(() => rows(log).length === 2, 'no rows', { timeout: 5000 });
    await settle(log);
    expect(viewportOf(log).getBoundingClientRect().height).to.be.lessThan(600);
  });

  for (const { where, region } of [
    { where: 'a height on the element', region: (log: ContactLog, height: number) => (log.style.height = `${height}px`) },
    { where: 'a stretching grid cell', region: (log: ContactLog, height: number) => Object.assign(log.parentElement!.style, { display: 'grid', height: `${height}px` }) },
    { where: 'a stretching flex cell', region: (log: ContactLog, height: number) => (Object.assign(log.parentElement!.style, { display: 'flex', height: `${height}px` }), (log.style.flex = '1')) },
  ]) {
    it(`given a region (${where}), the list grows into the room the other sections leave`, async () => {
      // A window tall enough that the default limit (80vh) is not what stops the list.
      await setViewport({ width: 800, height: 1200 });
      const storage = new MemoryStorageAdapter();
      await seedWeeklyPlan(storage);
      await storage.transaction(manyContacts(2).map((record) => ({ kind: 'contact', record })));
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const log = document.createElement('contact-log') as ContactLog;
      Object.assign(log, { storage, participants: family, currentUser: worker, now: NOW });
      for (const [name, value] of [['case-id', 'case-1'], ['child-id', 'child-1'], ['time-zone', 'Europe/Lisbon'], ['locale', 'en']]) log.setAttribute(name!, value!);
      holder.append(log);
      await waitUntil(() => rows(log).length === 2, 'no rows', { timeout: 5000 });
      await settle(log);
      const natural = { log: log.getBoundingClientRect().height, list: viewportOf(log).getBoundingClientRect().height };
      region(log, Math.round(natural.log) + 300);
      await settle(log);
      const base = log.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.getBoundingClientRect().height, 'the log fills the region').to.be.closeTo(Math.round(natural.log) + 300, 1);
      expect(viewportOf(log).getBoundingClientRect().height, 'the list takes the room left').to.be.closeTo(natural.list + 300, 1.5);
      const summaries = log.shadowRoot!.querySelector<HTMLElement>('[part="summaries"]');
      if (summaries) expect(summaries.getBoundingClientRect().bottom, 'the sections after the list stay inside the region').to.be.at.most(log.getBoundingClientRect().bottom + 0.5);
    });
  }

  it('lets the page style the list through contact-log::part(list), as documented', async () => {
    const log = await logIn(await fixture<HTMLElement>(html`<div><style>contact-log::part(list) { outline: 3px solid rgb(1, 2, 3); }</style><div data-slot></div></div>`));
    expect(getComputedStyle(viewportOf(log)).outlineColor, 'the list styled from the page').to.equal('rgb(1, 2, 3)');
  });
});
