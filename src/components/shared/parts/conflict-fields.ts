import { html, nothing, type TemplateResult } from 'lit';
import { locateField } from '../../../model/shared/field-location.js';
import { pathKey, unchosenConflicts, type ConflictChoice, type FieldConflict, type FieldPath } from '../../../model/shared/three-way-merge.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import '../i18n/messages/merge.js';

/** A field's label from its merge path: "Sub-goal “Housing” › Plan item “Counselling” › Expected outcome". */
export function fieldLabel(t: LocalizeController, path: FieldPath, ...records: unknown[]): string {
  const { entries, field, group } = locateField(path, ...records);
  const term = (prefix: string, key: string | undefined, fallback: string) => (key !== undefined && t.has(`${prefix}.${key}`) ? t.term(`${prefix}.${key}`) : t.term(fallback));
  const steps = entries.map((entry) => {
    const list = term('merge.list', entry.list, 'merge.list.other');
    return entry.name === undefined ? t.term('merge.entry.unnamed', { list }) : t.term('merge.entry.named', { list, name: entry.name });
  });
  if (group !== undefined && t.has(`merge.group.${group}`)) steps.push(t.term(`merge.group.${group}`));
  const last = field === undefined ? t.term('merge.whole-entry') : term('merge.field', field, 'merge.field.other');
  return [...steps, last].reduce((where, step) => t.term('merge.location', { where, field: step }));
}

/** A value as a person reads it: text as typed, numbers and lists for the language, never raw JSON. */
export function valueText(t: LocalizeController, value: unknown): string {
  if (value === undefined || value === null) return t.term('merge.value.absent');
  if (typeof value === 'string') return value === '' ? t.term('merge.value.empty') : value;
  if (typeof value === 'number') return t.number(value);
  if (typeof value === 'boolean') return t.term(value ? 'merge.value.yes' : 'merge.value.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t.term('merge.value.empty');
    return t.list(value.map((entry) => valueText(t, entry)));
  }
  const record = value as Record<string, unknown>;
  for (const key of ['title', 'name', 'text', 'description']) if (typeof record[key] === 'string' && record[key] !== '') return record[key];
  return t.term('merge.value.details', { count: Object.keys(record).length });
}

/** The sentence telling the user what was taken from someone else's save, or undefined when nothing was. */
export function mergedFromTheirsText(t: LocalizeController, paths: readonly FieldPath[], ...records: unknown[]): string | undefined {
  if (paths.length === 0) return undefined;
  const labels = [...new Set(paths.map((path) => fieldLabel(t, path, ...records)))];
  return t.term('merge.from-theirs', { fields: t.list(labels) });
}

export interface ConflictFieldsOptions {
  t: LocalizeController;
  conflicts: readonly FieldConflict[];
  choices: Readonly<Record<string, ConflictChoice>>;
  /** The records the paths are read against for names (mine, theirs, base). */
  records: readonly unknown[];
  /** Ids in the host's shadow root are made from this (one panel per element). */
  idPrefix: string;
  disabled?: boolean;
  choose(path: string, choice: ConflictChoice): void;
}

/**
 * Every field both sides changed, one group each: its label, the value before, and a choice between
 * mine and theirs (native radios: arrow keys move between them, the group is named by the field).
 */
export function conflictFields(options: ConflictFieldsOptions): TemplateResult | typeof nothing {
  const { t, conflicts, choices, records, idPrefix } = options;
  if (conflicts.length === 0) return nothing;
  const remaining = unchosenConflicts(conflicts, choices).length;
  return html`<div class="conflict-fields" part="conflict-fields">
    <p>${t.term('merge.fields-intro', { count: conflicts.length })}</p>
    ${conflicts.map((conflict, index) => {
      const key = pathKey(conflict.path);
      const label = fieldLabel(t, conflict.path, ...records);
      const id = `${idPrefix}-field-${index}`;
      const option = (choice: ConflictChoice, value: unknown) => html`<label class="conflict-choice">
        <input
          type="radio"
          name=${id}
          .checked=${choices[key] === choice}
          ?disabled=${options.disabled}
          aria-label=${t.term(choice === 'mine' ? 'merge.choose-mine' : 'merge.choose-theirs', { field: label })}
          @change=${() => options.choose(key, choice)}
        />
        <span><strong>${t.term(choice === 'mine' ? 'merge.heading.mine' : 'merge.heading.theirs')}</strong> <bdi class="conflict-value">${valueText(t, value)}</bdi></span>
      </label>`;
      return html`<fieldset class="conflict-field" data-path=${key}>
        <legend>${label}</legend>
        <p class="conflict-before"><strong>${t.term('merge.heading.before')}</strong> <span class="conflict-value">${valueText(t, conflict.base)}</span></p>
        ${option('mine', conflict.mine)} ${option('theirs', conflict.theirs)}
      </fieldset>`;
    })}
    ${remaining > 0 ? html`<p class="hint" id="${idPrefix}-remaining">${t.term('merge.choose-remaining', { count: remaining })}</p>` : nothing}
  </div>`;
}
