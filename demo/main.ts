// The demo host page: a case-management system showing one family's case with all three elements
// inside one <caseplan-provider> on IndexedDB, with a language and a theme switcher.
import type { CaseplanProvider } from '../src/components/caseplan-provider/caseplan-provider.js';
import { clearLocalData } from '../src/storage/index.js';
import { hearingsOf } from '../src/model/service-plan/review-schedule.js';
import { buildSampleCase, sampleCaseNumber, sampleParticipants } from '../stories/shared/sample-case/index.js';
import { openDemoCase } from './case-setup.js';
import '../src/define/caseplan-provider.js';
import { hostText, isHostLocale, translatePage, type HostLocale } from './host-text.js';
import { forgetPeople, loadPeople, peoplePage } from './people-page.js';
import { applyTheme, demoNow, initialLocale, initialTheme, readNowSource, remember, type DemoTheme } from './settings.js';

const provider = document.querySelector<CaseplanProvider>('#provider')!;
const languageSwitcher = document.querySelector<HTMLSelectElement>('#language-switcher')!;
const themeSwitcher = document.querySelector<HTMLSelectElement>('#theme-switcher')!;
const storageStatus = document.querySelector<HTMLElement>('#storage-status')!;

// The people on the case: kept by the host (this page), handed to every element through the provider.
let people = loadPeople(sampleParticipants);
const peopleView = peoplePage(
  document.querySelector<HTMLElement>('#people-page')!,
  people,
  (changed) => {
    people = changed;
    provider.participants = changed;
  },
  () => readNowSource(demoNow()).toISOString().slice(0, 10),
);

function renderPeople(locale: HostLocale): void {
  peopleView.render(locale);
}

// One page at a time, chosen by the side navigation (the address's #fragment): the case plan by default.
const pages = ['case-plan', 'plans', 'visitation', 'contacts', 'people'];
function showPage(): void {
  const wanted = location.hash.slice(1);
  const current = pages.includes(wanted) ? wanted : 'case-plan';
  for (const page of pages) document.getElementById(page)!.hidden = page !== current;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.side-nav a[href^="#"]')) {
    if (link.getAttribute('href') === `#${current}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
window.addEventListener('hashchange', () => {
  showPage();
  window.scrollTo(0, 0);
  document.querySelector<HTMLElement>('#main')?.focus();
});
showPage();

function showHearingDate(locale: HostLocale): void {
  const now = readNowSource(demoNow());
  const today = now.toISOString().slice(0, 10);
  const hearing = hearingsOf(buildSampleCase(now).casePlan.reviewSchedule).find((one) => one.date >= today)?.date;
  const time = document.querySelector<HTMLTimeElement>('#hearing-date')!;
  if (!hearing) return;
  time.dateTime = hearing;
  time.textContent = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${hearing}T00:00:00Z`));
}

function setLocale(locale: HostLocale): void {
  document.documentElement.lang = locale;
  provider.locale = locale;
  languageSwitcher.value = locale;
  translatePage(locale);
  document.querySelector('.user')?.setAttribute('aria-label', hostText(locale, 'signed-in', { name: 'Jordan Lee' }));
  document.title = `${hostText(locale, 'case')} JV-2026-0142 · ${hostText(locale, 'agency')}`;
  renderPeople(locale);
  showHearingDate(locale);
}

function setTheme(theme: DemoTheme): void {
  themeSwitcher.value = theme;
  applyTheme(theme);
}

languageSwitcher.addEventListener('change', () => {
  if (!isHostLocale(languageSwitcher.value)) return;
  remember('cp-demo-locale', languageSwitcher.value);
  setLocale(languageSwitcher.value);
});
themeSwitcher.addEventListener('change', () => {
  const theme = themeSwitcher.value as DemoTheme;
  remember('cp-demo-theme', theme);
  setTheme(theme);
});

document.querySelector('#reset-demo')!.addEventListener('click', async () => {
  const attempt = await clearLocalData();
  // Edits the sync server has not received are never dropped without asking.
  const unsent = attempt.unsent.reduce((sum, found) => sum + found.writes + found.conflicts, 0);
  if (unsent > 0) {
    if (!window.confirm(hostText(languageSwitcher.value as HostLocale, 'reset-unsent', { count: String(unsent) }))) return;
    await clearLocalData({ discardUnsent: true });
  }
  forgetPeople();
  location.reload();
});

/** The chosen language's catalog, loaded before the elements first render so they never show English first. */
const languageUpFront: Record<HostLocale, () => Promise<unknown>> = {
  en: () => Promise.resolve(),
  es: () => import('../src/locales/es.js'),
  fr: () => import('../src/locales/fr.js'),
  'pt-BR': () => import('../src/locales/pt.js'),
};

setLocale(initialLocale());
setTheme(initialTheme());
// A failed load leaves the language to load on demand (English until it arrives), as in any host.
const firstLanguage = languageUpFront[initialLocale()]().catch(() => undefined);

// The elements are registered once the provider holds the storage, so they open the case from the
// seeded database rather than from a default one.
void openDemoCase().then(async (demo) => {
  Object.assign(provider, demo.inputs, { participants: people });
  // What the case system knows of the case: the printed plan's own header (case, agency, court).
  Object.assign(document.querySelector('#plan-editor')!, {
    caseDetails: { caseNumber: sampleCaseNumber, agency: 'Riverside Family Services', court: 'Riverside County Juvenile Court' },
  });
  await firstLanguage;
  await import('./elements.js');
  applyTheme(themeSwitcher.value as DemoTheme);
  document.documentElement.dataset['demoReady'] = 'true'; // the screenshots script waits for this
  if (demo.storage.fallbackReason) {
    storageStatus.hidden = false;
    storageStatus.dataset['text'] = 'storage-memory';
    translatePage(isHostLocale(languageSwitcher.value) ? languageSwitcher.value : 'en', storageStatus.parentElement ?? document);
  }
});
// The case plan links each visitation plan; this host shows the planner on the same page, so it scrolls there.
document.addEventListener('cp-open-visitation-plan', (event) => {
  event.preventDefault();
  document.querySelector('visitation-planner')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
});
// The host could log these; the demo writes them to the console to show what a host receives.
for (const name of ['cp-saved', 'cp-status-change', 'cp-conflict', 'cp-error'] as const) {
  document.addEventListener(name, (event) => console.info(name, event.detail));
}
