import { expect } from '@open-wc/testing';
import { lookupMessage, shippedLocales } from '../../../../../src/components/shared/i18n/catalog.js';
import { en } from '../../../../../src/components/shared/i18n/messages/service-plan-violations.js';
import { es } from '../../../../../src/components/shared/i18n/messages/es/service-plan-violations.js';
import { fr } from '../../../../../src/components/shared/i18n/messages/fr/service-plan-violations.js';
import { pt } from '../../../../../src/components/shared/i18n/messages/pt/service-plan-violations.js';
import '../all-locales.js';

const servicePlanViolationMessages = { en, es, fr, pt };

// The files that define Violation and change codes for service plans (fetched as text from the test server).
const sources = [
  'src/model/participant.ts',
  'src/model/catalog.ts',
  'src/model/shared/text.ts',
  'src/model/shared/zod-violations.ts',
  'src/model/history-actions.ts',
  'src/model/service-plan/plan.ts',
  'src/model/service-plan/plan-item.ts',
  'src/model/service-plan/edits.ts',
  'src/model/service-plan/edit-helpers.ts',
  'src/model/service-plan/edit-permissions.ts',
  'src/model/service-plan/item-edits.ts',
  'src/model/service-plan/apply-edit.ts',
  'src/model/service-plan/lifecycle.ts',
  'src/model/service-plan/diff.ts',
  'src/model/service-plan/rules/date-ranges.ts',
  'src/model/service-plan/rules/units.ts',
  'src/model/service-plan/rules/membership.ts',
  'src/model/service-plan/rules/consistency.ts',
  'src/model/service-plan/rules/readiness.ts',
  'src/model/service-plan/rules/approvals.ts',
  'src/model/service-plan/review-schedule.ts',
  'src/model/service-plan/outcome-scale.ts',
  'src/model/service-plan/abandon-revision.ts',
  'src/machines/service-plan/actors.ts',
  'src/machines/service-plan/plan-context.ts',
  'src/machines/service-plan/edit-updates.ts',
  'src/machines/service-plan/write-updates.ts',
  'src/machines/service-plan/conflict-updates.ts',
  'src/machines/service-plan/carry-updates.ts',
];

// History action names (what storage records, src/model/history-actions.ts), not messages shown to people;
// `undo`/`redo` are older stored names read through currentHistoryAction.
const historyActions = /^plan\.(created|edited|undone|redone|revision-kept|conflict-kept-mine|conflict-merged|submitted|withdrawn|activated|revision-started|revision-completed|revision-abandoned|completed|closed|cancelled|approved|declined|approval-exemption-recorded|approval-exemption-removed|[a-z-]+-(set|added|removed|updated|moved|renamed|rated|recorded|requested|addressed|restored)|undo|redo)$/;
// Change codes built from a template literal in diff.ts.
const builtCodes = ['need', 'strength'].flatMap((kind) => [`plan.change.${kind}-added`, `plan.change.${kind}-removed`]);

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('service plan violation messages', () => {
  it('have text in English, Spanish, French and Portuguese for every code the model and machine use', async () => {
    const codes = new Set(builtCodes);
    for (const path of sources) {
      const response = await fetch(`/${path}`);
      expect(response.ok, path).to.equal(true);
      const text = await response.text();
      for (const match of text.matchAll(/['"]((?:value|plan)\.[a-z0-9.-]+)['"]/g)) if (!historyActions.test(match[1]!)) codes.add(match[1]!);
    }
    expect(codes.size).to.be.greaterThan(60);
    for (const code of codes) for (const locale of shippedLocales) expect(lookupMessage(locale, code), `${locale}: ${code}`).to.be.a('string');
  });

  it('use the same placeholders in every language, so no value is lost in translation', () => {
    for (const [key, english] of Object.entries(servicePlanViolationMessages.en)) {
      for (const locale of ['es', 'fr', 'pt'] as const) {
        const translated = servicePlanViolationMessages[locale][key as keyof typeof servicePlanViolationMessages.en] as string;
        expect(placeholders(translated), `${locale}: ${key}`).to.deep.equal(placeholders(english as string));
        expect(translated, `${locale}: ${key} is translated`).not.to.equal(english);
      }
    }
  });
});
