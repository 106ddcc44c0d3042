// An import file is checked in full before anything is written: every problem with its path, a file from
// elsewhere or from a newer SDK refused with one clear message, and no input at all can make it throw.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildExportDocument } from '../../../src/model/exchange/build.js';
import { EXPORT_FORMAT, type ExportDocument } from '../../../src/model/exchange/document.js';
import { readExportText, validateExportDocument } from '../../../src/model/exchange/validate.js';
import { chainHistoryEntry } from '../../../src/model/history-chain.js';
import type { HistoryEntry } from '../../../src/model/history.js';
import { lookupMessage, shippedLocales } from '../../../src/components/shared/i18n/catalog.js';
import '../../../src/components/shared/i18n/messages/exchange.js';
// Spanish, French and Portuguese are loaded on demand by elements: registered up front here.
import '../../components/shared/i18n/all-locales.js';
import { readyPlan } from '../service-plan/fixtures.js';
import { contact, weeklyPlan } from '../visitation/fixtures.js';
import { hostileValue } from '../properties/hostile.js';

const now = new Date('2026-03-10T14:00:00.000Z');

async function historyOf(kind: string, id: string, versions: number): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for (let seq = 1; seq <= versions; seq += 1) {
    entries.push(
      await chainHistoryEntry(
        { id: `${kind}.${id}.${seq}`, recordKind: kind, recordId: id, seq, at: '2026-03-01T10:00:00.000Z', by: 'worker-1', action: 'record.updated', changes: [{ path: 'notes', after: `v${seq}` }] },
        entries.at(-1),
      ),
    );
  }
  return entries;
}

async function validDocument(): Promise<ExportDocument> {
  const plan = { ...readyPlan(), version: 2 };
  const visits = weeklyPlan();
  const visit = contact('2026-03-03T16:00:00.000Z', { type: 'completed' }, { id: 'contact-x', notes: '<script>alert(1)</script> stays text' });
  const histories = [...(await historyOf('servicePlan', plan.id, 2)), ...(await historyOf('visitationPlan', visits.id, 1)), ...(await historyOf('contact', visit.id, 1))];
  return buildExportDocument({ plan, revisions: [], visitationPlans: [visits], contacts: [visit], histories }, { now, exportedBy: 'worker-1' });
}

const codes = (result: Awaited<ReturnType<typeof validateExportDocument>>) => (result.ok ? [] : result.problems.map((problem) => `${problem.code} @ ${problem.path.join('.')}`));

describe('export document validation', () => {
  it('accepts an export as written, with its format tag and version', async () => {
    const document = await validDocument();
    expect([document.format, document.formatVersion]).to.deep.equal([EXPORT_FORMAT, 1]);
    const result = await validateExportDocument(JSON.parse(JSON.stringify(document)));
    expect(codes(result)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('refuses a file from elsewhere or from a newer SDK with one clear problem', async () => {
    const document = await validDocument();
    expect(codes(await validateExportDocument({ ...document, format: 'other-vendor/case-export' }))).to.deep.equal(['exchange.wrong-format @ format']);
    const { format: _format, ...untagged } = document;
    expect(codes(await validateExportDocument(untagged))).to.deep.equal(['exchange.wrong-format @ format']);
    const newer = await validateExportDocument({ ...document, formatVersion: 2 });
    expect(newer.ok ? [] : newer.problems).to.deep.equal([{ code: 'exchange.newer-format', path: ['formatVersion'], params: { version: 2, supported: 1 } }]);
    expect(codes(await validateExportDocument({ ...document, formatVersion: '1' }))).to.deep.equal(['exchange.invalid-format-version @ formatVersion']);
    expect(codes(await validateExportDocument([document]))).to.deep.equal(['exchange.not-a-document @ ']);
    expect(codes(await readExportText('{"format": "caseplan-elements/export",'))).to.deep.equal(['exchange.not-json @ ']);
  });

  it('reports every problem in the file, each with its path', async () => {
    const document = await validDocument();
    const broken = {
      ...document,
      plan: { ...document.plan, goal: { ...document.plan.goal, title: 'x'.repeat(50_000) } },
      visitationPlans: [{ ...document.visitationPlans[0]!, timeZone: 'Mars/Olympus' }],
      contacts: [{ ...document.contacts[0]!, durationMinutes: -5 }, { ...document.contacts[0]!, id: 'contact-y', caseId: 'case-other' }],
    };
    const found = codes(await validateExportDocument(broken));
    expect(found).to.include.members(['value.too-long @ plan.goal.title', 'exchange.other-case @ contacts.1.caseId']);
    expect(found.some((item) => item.endsWith('@ visitationPlans.0.timeZone')), found.join('\n')).to.equal(true);
    expect(found.some((item) => item.endsWith('@ contacts.0.durationMinutes')), found.join('\n')).to.equal(true);
    expect(found.length).to.be.greaterThanOrEqual(4);
  });

  it('finds records twice, history of records not in the file, and an altered or shortened history', async () => {
    const document = await validDocument();
    const duplicate = { ...document, contacts: [...document.contacts, document.contacts[0]!] };
    expect(codes(await validateExportDocument(duplicate))).to.deep.equal(['exchange.duplicate-record @ contacts.1.id']);
    const stray = (await historyOf('contact', 'contact-missing', 1))[0]!;
    expect(codes(await validateExportDocument({ ...document, histories: [...document.histories, stray] }))).to.deep.equal([`exchange.orphan-history @ histories.${document.histories.length}`]);
    const altered = document.histories.map((entry, index) => (index === 1 ? { ...entry, by: 'someone-else' } : entry));
    expect(codes(await validateExportDocument({ ...document, histories: altered }))).to.deep.equal(['exchange.history-broken @ histories.1']);
    const shortened = document.histories.filter((_, index) => index !== 1);
    // The plan is at version 2 but its history now stops at 1: the problem points at its last entry.
    expect(codes(await validateExportDocument({ ...document, histories: shortened }))).to.deep.equal(['exchange.history-broken @ histories.0']);
  });

  it('has a message for every exchange problem in every shipped language', async () => {
    const source = await (await fetch('/src/model/exchange/validate.ts')).text();
    const storageSource = await (await fetch('/src/storage/exchange.ts')).text();
    const found = new Set([...`${source}${storageSource}`.matchAll(/['"](exchange\.[a-z-]+)['"]/g)].map((match) => match[1]!));
    expect(found.size).to.be.greaterThan(9);
    for (const code of found) for (const locale of shippedLocales) expect(lookupMessage(locale, code), `${locale} ${code}`).to.be.a('string');
  });

  it('never throws, whatever the file holds', async () => {
    const document = await validDocument();
    await fc.assert(
      fc.asyncProperty(hostileValue, fc.constantFrom('plan', 'contacts', 'histories', 'visitationPlans', 'revisions', 'formatVersion'), async (value, field) => {
        const whole = await validateExportDocument(value);
        const part = await validateExportDocument({ ...document, [field]: value });
        expect(whole.ok).to.equal(false);
        expect(typeof part.ok).to.equal('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a value 20 000 deep or too large as one problem, from a value or from text, without throwing', async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20_000; level += 1) deep = [deep];
    const document = await validDocument();
    const inHistory = structuredClone(document) as unknown as { histories: { changes: { after?: unknown }[] }[] };
    inHistory.histories[0]!.changes[0]!.after = deep;
    for (const value of [deep, { ...document, plan: deep }, inHistory]) {
      const result = await validateExportDocument(value);
      expect(result.ok ? [] : result.problems.map((problem) => problem.code)).to.deep.equal(['value.too-deep']);
    }
    const text = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    expect(await readExportText(text)).to.deep.include({ ok: false });
    const large = await validateExportDocument({ ...document, exportedBy: 'x'.repeat(2_000) }, { limits: { maxDepth: 64, maxSize: 1_000 } });
    expect(large.ok ? [] : large.problems.map((problem) => problem.code)).to.deep.equal(['value.too-big']);
  });
});
