// What the planner and the contact log say about a conflict, as their tests read it: the live region's last polite
// announcement, and the catalogs' words for a conflict renewed against the other side's newer save.
import type { CpLiveRegion } from '../../../src/components/shared/parts/cp-live-region.js';
import { en } from '../../../src/components/shared/i18n/messages/merge.js';
import { fr } from '../../../src/components/shared/i18n/messages/fr/merge.js';
import { pt } from '../../../src/components/shared/i18n/messages/pt/merge.js';

/** Spaces made plain (French typography puts narrow no-break spaces before colons). */
const plain = (text: string) => text.replace(/\s/g, ' ');

/** What the element said last, politely, its spaces plain. */
export const announced = (element: Element) => plain(element.shadowRoot!.querySelector<CpLiveRegion>('cp-live-region')!.lastAnnouncement.polite ?? '');

/** "They saved again: the conflict now shows their latest version. Choose again.", by language, its spaces plain. */
export const theirsChanged: Readonly<Record<string, string>> = {
  en: plain(en['merge.theirs-changed']),
  fr: plain(String(fr['merge.theirs-changed'])),
  pt: plain(String(pt['merge.theirs-changed'])),
};
