import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { conflictFields } from '../shared/parts/conflict-fields.js';
import { unchosenConflicts, type ConflictChoice, type FieldConflict } from '../../model/shared/three-way-merge.js';

export interface ConflictPanelView {
  t: LocalizeController;
  /** What the record is (the plan's name, the contact's date). */
  subject: string;
  /** Lines describing my version and theirs (undefined when theirs is gone). */
  mine: readonly string[];
  theirs: readonly string[] | undefined;
  canEditMine: boolean;
  /** The fields both changed, with the side chosen for each so far. */
  fields: readonly FieldConflict[];
  choices: Readonly<Record<string, ConflictChoice>>;
  /** The versions the field paths are read against for names (mine, theirs, base). */
  records: readonly unknown[];
  keepMine(): void;
  takeTheirs(): void;
  editMine(): void;
  choose(path: string, choice: ConflictChoice): void;
  /** Combine both with the choices made (the machine writes nothing until each field has one). */
  combine(): void;
}

/** The resolution events the planner's and the log's machines share. */
export type ConflictResolutionEvent =
  | { type: 'CHOOSE'; path: string; choice: ConflictChoice }
  | { type: 'RESOLVE_MERGE' }
  | { type: 'RESOLVE_KEEP_MINE' }
  | { type: 'RESOLVE_TAKE_THEIRS' }
  | { type: 'RESOLVE_EDIT_MINE' };

/** The machine a resolution is sent to: what it refused, and whether their newer save is still being read. */
interface ResolvingActor {
  send(event: ConflictResolutionEvent): void;
  getSnapshot(): { context: { rejected: readonly { code: string }[]; conflict?: { unread?: number } | undefined } };
}

/**
 * Sends a resolution; one chosen while their newer save is still being read is refused by the machine (it would be
 * chosen on a version not seen), and `announce` says why (the refusal's own words). Returns false when refused.
 */
export function sendResolution(actor: ResolvingActor | undefined, event: ConflictResolutionEvent, t: LocalizeController, announce: (message: string) => void): boolean {
  if (!actor) return false;
  actor.send(event);
  const { rejected, conflict } = actor.getSnapshot().context;
  if (event.type === 'CHOOSE' || conflict?.unread === undefined || rejected.length === 0) return true;
  announce(rejected.map((found) => t.violation({ code: found.code, path: [] })).join(' '));
  return false;
}

/**
 * The panel's choices wired to a machine: a choice per field, keep mine, take theirs, combine, which
 * writes nothing until every field has a side (it moves focus to the first one left instead), and edit mine,
 * after which `editing` is called (to focus the form) unless `send` says it was refused.
 */
export function conflictResolutions(
  root: ParentNode,
  conflict: Pick<ConflictPanelView, 'fields' | 'choices'>,
  send: (event: ConflictResolutionEvent) => boolean,
  editing: () => void,
): Pick<ConflictPanelView, 'choose' | 'combine' | 'keepMine' | 'takeTheirs' | 'editMine'> {
  return {
    choose: (path, choice) => void send({ type: 'CHOOSE', path, choice }),
    combine: () => {
      const [first] = unchosenConflicts(conflict.fields, conflict.choices);
      if (first) {
        root.querySelector<HTMLInputElement>(`input[name="conflict-field-${conflict.fields.indexOf(first)}"]`)?.focus();
        return;
      }
      void send({ type: 'RESOLVE_MERGE' });
    },
    keepMine: () => void send({ type: 'RESOLVE_KEEP_MINE' }),
    takeTheirs: () => void send({ type: 'RESOLVE_TAKE_THEIRS' }),
    editMine: () => {
      if (send({ type: 'RESOLVE_EDIT_MINE' })) editing();
    },
  };
}

/**
 * Both versions after a stale write, side by side, and every field both changed with a choice per field;
 * nothing is overwritten until the user chooses. What only one side changed is kept by every choice.
 */
export function conflictPanel(view: ConflictPanelView): TemplateResult {
  const { t } = view;
  return html`<section class="conflict" part="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-body">
    <h3 id="conflict-title" tabindex="-1">${t.term('visits.conflict.title')}</h3>
    <p id="conflict-body">${t.term('visits.conflict.body', { subject: view.subject })}</p>
    <div class="versions">
      <div class="version" data-version="mine">
        <h4>${t.term('visits.conflict.mine')}</h4>
        <ul>${view.mine.map((line) => html`<li>${line}</li>`)}</ul>
      </div>
      <div class="version" data-version="theirs">
        <h4>${t.term('visits.conflict.theirs')}</h4>
        ${view.theirs ? html`<ul>${view.theirs.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>${t.term('visits.conflict.gone')}</p>`}
      </div>
    </div>
    ${conflictFields({ t, conflicts: view.fields, choices: view.choices, records: view.records, idPrefix: 'conflict', choose: (path, choice) => view.choose(path, choice) })}
    <div class="actions">
      ${view.fields.length > 0
        ? html`<button
            type="button"
            data-action="combine"
            aria-disabled=${unchosenConflicts(view.fields, view.choices).length > 0 ? 'true' : 'false'}
            @click=${() => view.combine()}
          >
            ${t.term('merge.combine')}
          </button>`
        : nothing}
      <button type="button" class="primary" data-action="keep-mine" @click=${() => view.keepMine()}>${t.term('visits.conflict.keep-mine')}</button>
      <button type="button" data-action="take-theirs" @click=${() => view.takeTheirs()}>${t.term('visits.conflict.take-theirs')}</button>
      ${view.canEditMine ? html`<button type="button" data-action="edit-mine" @click=${() => view.editMine()}>${t.term('visits.conflict.edit-mine')}</button>` : nothing}
    </div>
  </section>`;
}
