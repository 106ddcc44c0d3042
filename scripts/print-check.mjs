// The printed plan and contact log, checked as a court and a family get them: bundles test/print/page.ts
// (the sample case in a provider on IndexedDB), serves it under the strict policy, prints it to PDF in
// English, Spanish, French and Portuguese with headless Chromium (playwright-core), reads the PDF's text
// back with pdfjs-dist, and checks against what the page stored:
//   every page says "page X of Y" in the language, with the case number in its running header;
//   the header names the case, child, agency, court and who prepared it;
//   every text of the plan is there (goal, sub-goals, items or their translated template names, results,
//   milestones, reviews, hearings, approvals, placement/health/education), every service's provider;
//   every contact is there (each note as many times as contacts carry it): nothing cut by the screen's list;
//   no raw message key; in es/fr/pt no English label whose translation differs.
// Prints `N passed, N failed` and exits non-zero on a failure.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checker, launchChromium, strictPolicy } from './strict-page.mjs';

const locales = ['en', 'es', 'fr', 'pt'];
const { check, finish } = checker();

const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>caseplan-elements printed</title>
<script type="module" src="/app.js"></script></head>
<body>
<caseplan-provider>
  <service-plan-editor case-id="case-2026-0142" plan-id="plan-almeida-reunification" kind="outcome"></service-plan-editor>
  <contact-log case-id="case-2026-0142" child-id="p-sofia" time-zone="America/Chicago"></contact-log>
</caseplan-provider>
</body>
</html>`;

const common = { bundle: true, format: 'esm', target: 'es2022', tsconfig: 'tsconfig.json', ignoreAnnotations: true, write: false, logLevel: 'error' };
const page = await build({ ...common, entryPoints: ['test/print/page.ts'], platform: 'browser', conditions: ['browser', 'production'], splitting: true, outdir: 'print-bundle', entryNames: 'app' });
const scripts = new Map(page.outputFiles.map((file) => [`/${file.path.split('/').at(-1)}`, file.text]));
// The catalogs, for Node: each language's "page X of Y" and the English labels.
const catalogBundle = await build({ ...common, entryPoints: ['test/print/catalogs.ts'], platform: 'node' });
const scratch = mkdtempSync(join(tmpdir(), 'cp-print-'));
const catalogFile = join(scratch, 'catalogs.mjs');
writeFileSync(catalogFile, catalogBundle.outputFiles[0].text);
const { catalogs } = await import(pathToFileURL(catalogFile).href);
rmSync(scratch, { recursive: true, force: true });

const server = createServer((request, response) => {
  const headers = { 'Content-Security-Policy': strictPolicy, 'X-Content-Type-Options': 'nosniff' };
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  else if (scripts.has(path)) response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(scripts.get(path));
  else response.writeHead(path === '/favicon.ico' ? 204 : 404, headers).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Text with every kind of space and line break removed: a PDF wraps lines where it likes. */
const squeeze = (text) => text.replace(/[\s\u00a0\u202f\u2009\u200b\u00ad-]+/g, '');
const count = (haystack, needle) => (needle ? haystack.split(needle).length - 1 : 0);
const messageText = (message, count = 2) => (typeof message === 'string' ? message : count === 1 ? (message.one ?? message.other) : message.other);

async function pdfPages(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  return pages;
}

/** Every text the plan stores that a reader must find on paper (user content as written; template names as the reader's language has them). */
function planTexts(seed) {
  const { plan, templates } = seed;
  const templateName = (item) => {
    const template = item.source.type === 'template' ? templates.find((entry) => entry.id === item.source.templateId) : undefined;
    const translations = template?.translations ?? {};
    return translations[seed.locale]?.name ?? item.source.name;
  };
  const texts = [
    ['goal', plan.goal.title],
    ['goal description', plan.goal.description],
    ...plan.needs.map((need) => ['need', need]),
    ...plan.strengths.map((strength) => ['strength', strength]),
    ...plan.planGroups.map((group) => ['plan group', group.name]),
    ...plan.subGoals.map((subGoal) => ['sub-goal', subGoal.title]),
    ...plan.subGoals.flatMap((subGoal) => subGoal.items.flatMap((item) => [['item', templateName(item)], ['expected outcome', item.expectedOutcome], ['actual outcome', item.actualOutcome], ['client instructions', item.clientInstructions], ['worker steps', item.workerSteps]])),
    ...plan.milestones.map((milestone) => ['milestone', milestone.title]),
    ...plan.reviews.map((review) => ['review', review.summary]),
    ...(plan.reviewSchedule.hearings ?? []).map((hearing) => ['hearing outcome', hearing.outcome]),
    ...plan.approvals.map((approval) => ['approval comment', approval.comment]),
    ...(plan.approvalExemptions ?? []).map((exemption) => ['approval exemption note', exemption.note]),
    ...plan.revisionRequests.map((request) => ['revision request', request.text]),
    ...Object.entries(plan.casePlanDetails ?? {}).map(([name, value]) => [`675(1) ${name}`, value]),
    ...(plan.safetyPlan?.dangerSigns ?? []).map((sign) => ['danger sign', sign]),
    ...(plan.safetyPlan?.actions ?? []).map((action) => ['safety step', action.action]),
  ];
  const services = new Set(plan.subGoals.flatMap((subGoal) => subGoal.items.map((item) => item.linkedService?.serviceId)).filter(Boolean));
  for (const entry of seed.catalog.filter((candidate) => services.has(candidate.id))) {
    texts.push(['service', entry.translations?.[seed.locale]?.name ?? entry.name], ['provider', entry.provider], ['provider contact', entry.providerContact]);
  }
  return texts.filter(([, text]) => text);
}

/** English labels of the catalogs that must not be left in a printout in `locale`: those whose own translation differs. */
function englishLabels(locale, seedText) {
  const theirs = Object.values(catalogs[locale]).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message))).join('\n');
  const labels = new Set();
  for (const [key, message] of Object.entries(catalogs.en)) {
    if (!/^(spe\.(print|doc|details|role|relationship|unit|item-status|review-type|hearing-type|permanency|safety|approval|review|hearing|milestone|people|needs|strengths|subgoal|status)|common\.(print|status)|contact\.(type|outcome|title|summary))/.test(key)) continue;
    for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
      for (const fragment of text.split(/\{[a-zA-Z]+\}|[:·—–(),.;!?"]/)) {
        const words = fragment.replace(/\s+/g, ' ').trim();
        if (words.length < 5 || !/[a-z]{3}/.test(words)) continue;
        // Not a label when the page's own content uses those words, nor a single word the other language spells
        // the same ("Version", "Date"); an English phrase in a Spanish, French or Portuguese catalog is a miss.
        if (seedText.includes(words.toLowerCase()) || (!words.includes(' ') && theirs.includes(words))) continue;
        labels.add(words);
      }
    }
  }
  return [...labels];
}

const browser = await launchChromium();
try {
  for (const locale of locales) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(`${origin}/?locale=${locale}`);
    await tab.waitForFunction(() => document.documentElement.dataset.ready !== undefined, undefined, { timeout: 30_000 });
    const ready = await tab.evaluate(() => document.documentElement.dataset.ready);
    check(`${locale}: the page set up`, ready === 'true' && errors.length === 0, errors.join(' | '));
    if (ready !== 'true') continue;
    const seed = await tab.evaluate(() => window.__printSeed);
    const pages = await pdfPages(await tab.pdf({ format: 'A4' }));
    await tab.close();
    const all = pages.join('\n');
    const flat = squeeze(all);

    const pageOf = messageText(catalogs[locale]['common.print.page-of']);
    const unnumbered = pages.map((text, index) => [index + 1, squeeze(text)]).filter(([number, text]) => !text.includes(squeeze(pageOf.replace('{page}', String(number)).replace('{pages}', String(pages.length)))));
    check(`${locale}: every one of ${pages.length} pages says "${pageOf}" with its number`, pages.length > 1 && unnumbered.length === 0, unnumbered.length ? `missing on pages ${unnumbered.map(([number]) => number).join(', ')}` : '');
    const caseOnEvery = pages.filter((text) => !squeeze(text).includes(squeeze(seed.caseDetails.caseNumber))).length;
    check(`${locale}: every page's running header carries the case number`, caseOnEvery === 0, caseOnEvery ? `${caseOnEvery} pages without it` : '');

    const header = [seed.caseDetails.caseNumber, seed.caseDetails.agency, seed.caseDetails.court, seed.child.name, seed.preparedBy];
    const missingHeader = header.filter((text) => !flat.includes(squeeze(text)));
    check(`${locale}: the header names the case, child, agency, court and who prepared it`, missingHeader.length === 0, missingHeader.join(' | '));

    const missing = planTexts(seed).filter(([, text]) => !flat.includes(squeeze(text)));
    // A template's name in the reader's language wherever the item is named (its table row and who does what), never the original.
    const translatedTwice = seed.plan.subGoals.flatMap((subGoal) => subGoal.items).filter((item) => item.source.type === 'template' && item.status !== 'discontinued').map((item) => seed.templates.find((entry) => entry.id === item.source.templateId)?.translations?.[seed.locale]?.name ?? item.source.name).filter((name) => count(flat, squeeze(name)) < 2);
    check(`${locale}: every template item named in the language in its row and in who does what`, translatedTwice.length === 0, translatedTwice.join(' | '));
    check(`${locale}: every stored text of the plan is printed (${planTexts(seed).length} texts)`, missing.length === 0, missing.map(([what, text]) => `${what}: ${text.slice(0, 60)}`).join(' | '));

    const notes = new Map();
    for (const contact of seed.contacts.filter((one) => !one.archived)) if (contact.notes) notes.set(contact.notes, (notes.get(contact.notes) ?? 0) + 1);
    const short = [...notes].filter(([note, times]) => count(flat, squeeze(note)) < times);
    check(`${locale}: every one of ${seed.contacts.length} contacts is printed, notes whole`, short.length === 0, short.map(([note, times]) => `"${note.slice(0, 40)}" ${count(flat, squeeze(note))} of ${times}`).join(' | '));

    check(`${locale}: the time zone by its name, not its code`, !all.includes('America/Chicago'));

    const keys = [...all.matchAll(/\b(?:spe|contact|common|planner|violation|plan)\.[a-z0-9-]+\.[a-z0-9.-]+/g)].map((match) => match[0]).filter((found) => !/\.(org|com|example)\b/.test(found));
    check(`${locale}: no raw message key`, keys.length === 0, keys.slice(0, 5).join(', '));

    if (locale !== 'en') {
      // What people wrote (in English here) may use a label's words; the people's names are not labels.
      const seedText = [seed.plan, seed.contacts, seed.catalog, seed.caseDetails, seed.participants.map((person) => person.name)].map((part) => JSON.stringify(part)).join('\n').toLowerCase();
      const labels = englishLabels(locale, seedText);
      const left = labels.filter((label) => new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(all.replace(/\s+/g, ' ')));
      check(`${locale}: none of ${labels.length} English labels left`, left.length === 0, left.slice(0, 8).join(' | '));
      // The host's relationship words ("Mother") never stand in for the translated role.
      const replaced = seed.participants.filter((person) => person.relationship && all.includes(`${person.name} (${person.relationship})`));
      check(`${locale}: roles in the language, not the host's English relationship words`, replaced.length === 0, replaced.map((person) => `${person.name} (${person.relationship})`).join(' | '));
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(finish() > 0 ? 1 : 0);
