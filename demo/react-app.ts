// A second, small host page: a React application (no JSX, React from node_modules) that embeds the
// elements through `caseplan-elements/react` and lists the events they send up.
import { createElement as h, useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CaseplanProvider, ContactLog, ServicePlanEditor, VisitationPlanner } from '../src/entries/react.js';
import { sampleCaseId, sampleCasePlanId, sampleIds, sampleTimeZone } from '../stories/shared/sample-case/index.js';
import { openDemoCase, type DemoCase } from './case-setup.js';
import './elements.js';
import { hostText, isHostLocale, type HostLocale } from './host-text.js';
import { applyTheme, initialLocale, initialTheme, remember, type DemoTheme } from './settings.js';

interface LoggedEvent {
  id: number;
  name: string;
  summary: string;
}

function summarize(detail: { kind?: string; id?: string; version?: number; status?: string; code?: string }): string {
  return [detail.kind, detail.id, detail.version !== undefined ? `v${detail.version}` : undefined, detail.status, detail.code].filter(Boolean).join(' · ');
}

function App({ demo }: { demo: DemoCase }): ReactElement {
  const [locale, setLocale] = useState<HostLocale>(initialLocale());
  const [theme, setTheme] = useState<DemoTheme>(initialTheme());
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const t = (key: Parameters<typeof hostText>[1]) => hostText(locale, key);

  useEffect(() => {
    document.documentElement.lang = locale;
    remember('cp-demo-locale', locale);
  }, [locale]);
  useEffect(() => {
    applyTheme(theme);
    remember('cp-demo-theme', theme);
  }, [theme]);

  const log = (name: string) => (event: Event) => {
    const detail = (event as CustomEvent<Record<string, never>>).detail ?? {};
    setEvents((previous) => [{ id: Date.now() + Math.random(), name, summary: summarize(detail) }, ...previous].slice(0, 8));
  };
  const handlers = { onCpSaved: log('cp-saved'), onCpStatusChange: log('cp-status-change'), onCpConflict: log('cp-conflict'), onCpError: log('cp-error') };

  return h(
    'div',
    null,
    h(
      'header',
      { className: 'app-header' },
      h('div', { className: 'brand' }, h('span', { className: 'brand-mark', 'aria-hidden': true }, 'RF'), h('strong', null, t('agency'))),
      h(
        'div',
        { className: 'header-tools' },
        h(
          'label',
          { className: 'tool' },
          h('span', null, t('language')),
          h(
            'select',
            { value: locale, onChange: (event: { target: { value: string } }) => isHostLocale(event.target.value) && setLocale(event.target.value) },
            h('option', { value: 'en' }, 'English'),
            h('option', { value: 'es' }, 'Español'),
            h('option', { value: 'fr' }, 'Français'),
            h('option', { value: 'pt-BR' }, 'Português (Brasil)'),
          ),
        ),
        h(
          'label',
          { className: 'tool' },
          h('span', null, t('theme')),
          h(
            'select',
            { value: theme, onChange: (event: { target: { value: string } }) => setTheme(event.target.value as DemoTheme) },
            h('option', { value: 'light' }, t('theme-light')),
            h('option', { value: 'dark' }, t('theme-dark')),
            h('option', { value: 'high-contrast' }, t('theme-high-contrast')),
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: 'layout' },
      h(
        'aside',
        { className: 'panel', 'aria-labelledby': 'events-title' },
        h('h2', { id: 'events-title' }, t('react-events')),
        h(
          'ul',
          { 'aria-live': 'polite', className: 'event-log' },
          events.length === 0 ? h('li', null, t('react-no-events')) : events.map((entry) => h('li', { key: entry.id }, h('code', null, entry.name), ' ', entry.summary)),
        ),
        h('p', null, h('a', { href: './index.html' }, t('react-back'))),
      ),
      h(
        'main',
        { id: 'main' },
        h('section', { className: 'panel' }, h('h1', null, t('react-title')), h('p', null, t('react-intro'))),
        h(
          CaseplanProvider,
          { ...demo.inputs, locale },
          h('section', { className: 'panel' }, h('h2', null, t('nav-plan')), h(ServicePlanEditor, { caseId: sampleCaseId, planId: sampleCasePlanId, theme, ...handlers })),
          h('section', { className: 'panel' }, h('h2', null, t('nav-visitation')), h(VisitationPlanner, { caseId: sampleCaseId, childId: sampleIds.child, theme, ...handlers })),
          h('section', { className: 'panel' }, h('h2', null, t('nav-contacts')), h(ContactLog, { caseId: sampleCaseId, childId: sampleIds.child, timeZone: sampleTimeZone, theme, ...handlers })),
        ),
      ),
    ),
  );
}

void openDemoCase().then((demo) => {
  createRoot(document.querySelector('#app')!).render(h(App, { demo }));
  document.documentElement.dataset['demoReady'] = 'true'; // the screenshots script waits for this
});
