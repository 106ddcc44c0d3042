import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Actor } from 'xstate';
import type { CaseParticipant } from '../../model/participant.js';
import type { Violation } from '../../model/shared/violation.js';
import type { Contact } from '../../model/visitation/contact.js';
import type { contactLogMachine } from '../../machines/visitation/contact-log-machine.js';
import { selectVisibleContacts, type ContactLogSnapshot } from '../../machines/visitation/contact-log-selectors.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { filters } from './parts/filters.js';

interface LogFiltersOptions {
  t: LocalizeController;
  participants: () => readonly CaseParticipant[];
  /** The log's actor, which holds the filter and the order. */
  actor: () => Actor<typeof contactLogMachine> | undefined;
  /** Tells a screen reader user (the count after a filter changed). */
  announce: (message: string) => void;
}

/**
 * The log's filters and order: the filters above the list and what they change (the machine holds the
 * filter), the contacts they let through, and a refused search kept in its field as typed.
 */
export class LogFilters {
  /**
   * Search text the log refused (over its 200 characters) and its message, kept in the field as typed while
   * other filters change; an accepted search replaces it, and a new actor (another child, case, plan or
   * storage) starts with no filter at all, so it goes with the rest (`reset`).
   */
  private refusedSearch: { text: string; violations: readonly Violation[] } | undefined;
  private namesCache: { participants: unknown; names: ReadonlyMap<string, string> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LogFiltersOptions,
  ) {}

  /** A new actor: its filters are empty, and a refused search goes with them, as an accepted one does. */
  reset(): void {
    if (this.refusedSearch === undefined) return;
    this.refusedSearch = undefined;
    this.host.requestUpdate();
  }

  /** People's names by id, so the text search finds a contact by who was there (kept while the people are the same). */
  peopleNames(): ReadonlyMap<string, string> {
    const participants = this.options.participants();
    if (this.namesCache?.participants !== participants) this.namesCache = { participants, names: new Map(participants.map((person) => [person.id, person.name])) };
    return this.namesCache.names;
  }

  /** The contacts the filters let through, in the chosen order. */
  visible(snapshot: ContactLogSnapshot): Contact[] {
    return selectVisibleContacts(snapshot, this.peopleNames());
  }

  /** The filters above the list; `planFixed`: the log shows one visitation plan (no plan filter). */
  render(snapshot: ContactLogSnapshot, planFixed: boolean): TemplateResult {
    const { t, actor } = this.options;
    return filters({
      t,
      filter: snapshot.context.filter,
      order: snapshot.context.order,
      plans: snapshot.context.plans,
      participants: this.options.participants(),
      rejected: snapshot.context.rejected,
      refusedSearch: this.refusedSearch,
      planFixed,
      setFilter: (filter, field) => {
        actor()?.send({ type: 'SET_FILTER', filter });
        // Only the search field's own change decides its refusal: another filter changed runs with the accepted search.
        if (field === 'text') {
          const refused = actor()?.getSnapshot().context.rejected.filter((violation) => violation.path.includes('text')) ?? [];
          const next = refused.length > 0 ? { text: filter.text ?? '', violations: refused } : undefined;
          if (next !== this.refusedSearch) {
            this.refusedSearch = next;
            this.host.requestUpdate();
          }
        }
        const current = actor()?.getSnapshot();
        const count = current ? this.visible(current).length : 0;
        this.options.announce(t.term('contact.list.count', { count }));
      },
      setOrder: (order) => actor()?.send({ type: 'SET_ORDER', order }),
    });
  }
}
