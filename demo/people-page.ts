// "People on the case": the host's own page for the people the elements receive. It lists them and adds
// or edits one (name, role, date of birth, relationship); each change is checked with the model's schema
// (as the provider would) and handed to the provider as a new array, so every element follows at once.
// The list is kept in localStorage, apart from the SDK's IndexedDB; "Reset demo data" forgets it.
import { ageOn, CaseParticipantSchema, participantRoles, type CaseParticipant } from '../src/model/participant.js';
import { hostText, type HostLocale, type HostTextKey } from './host-text.js';

const storageKey = 'cp-demo-people';

/** The people kept by an earlier visit, if they still pass the schema; otherwise the sample family. */
export function loadPeople(fallback: readonly CaseParticipant[]): CaseParticipant[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (Array.isArray(parsed)) {
      const people = parsed.map((entry) => CaseParticipantSchema.safeParse(entry)).filter((result) => result.success).map((result) => result.data);
      if (people.length > 0) return people;
    }
  } catch {
    // nothing kept, or storage disabled
  }
  return [...fallback];
}

export function forgetPeople(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // storage disabled: nothing was kept
  }
}

function keep(people: readonly CaseParticipant[]): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(people));
  } catch {
    // storage disabled: the change lasts for this page only
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

export interface PeoplePage {
  render(locale: HostLocale): void;
}

/**
 * Builds the page in `root` (a list and one form that adds, or edits the person chosen). `changed` gets
 * the whole new list after each accepted change; `today` dates the ages shown and the birth-date check.
 */
export function peoplePage(root: HTMLElement, start: readonly CaseParticipant[], changed: (people: CaseParticipant[]) => void, today: () => string): PeoplePage {
  let people = [...start];
  let editing: string | undefined;
  let locale: HostLocale = 'en';
  let message = '';
  let focusAfter: string | undefined;
  const text = (key: HostTextKey, params: Record<string, string> = {}) => hostText(locale, key, params);

  const save = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const candidate = {
      id: editing ?? `p-${Date.now().toString(36)}`,
      name: value('name'),
      role: value('role'),
      ...(value('birthDate') ? { birthDate: value('birthDate') } : {}),
      ...(value('relationship') ? { relationship: value('relationship') } : {}),
      ...(people.find((person) => person.id === editing)?.preferredLanguage ? { preferredLanguage: people.find((person) => person.id === editing)!.preferredLanguage } : {}),
    };
    const parsed = CaseParticipantSchema.safeParse(candidate);
    if (!parsed.success || (parsed.data.birthDate !== undefined && parsed.data.birthDate > today())) {
      message = text('people-invalid');
      focusAfter = 'people-name';
      render(locale, true);
      return;
    }
    const wasEditing = editing !== undefined;
    people = wasEditing ? people.map((person) => (person.id === parsed.data.id ? parsed.data : person)) : [...people, parsed.data];
    keep(people);
    changed(people);
    message = text(wasEditing ? 'people-saved' : 'people-added', { name: parsed.data.name });
    focusAfter = `person-${parsed.data.id}`;
    editing = undefined;
    render(locale);
  };

  const field = (id: string, labelKey: HostTextKey, control: HTMLInputElement | HTMLSelectElement) => {
    control.id = id;
    return element('p', { className: 'host-field' }, [element('label', { htmlFor: id, textContent: text(labelKey) }), control]);
  };

  function render(next: HostLocale, invalid = false): void {
    locale = next;
    const person = people.find((candidate) => candidate.id === editing);
    const list = element(
      'ul',
      { className: 'people' },
      people.map((entry) => {
        const age = ageOn(entry.birthDate, today());
        const edit = element('button', { type: 'button', id: `person-${entry.id}`, textContent: text('people-edit', { name: entry.name }) });
        edit.addEventListener('click', () => {
          editing = entry.id;
          message = '';
          focusAfter = 'people-name';
          render(locale);
        });
        return element('li', {}, [
          element('strong', { textContent: entry.name }),
          element('span', { className: 'role', textContent: [text(`role-${entry.role}` as HostTextKey), entry.relationship, age === undefined ? undefined : text('people-age', { age: String(age) })].filter(Boolean).join(' · ') }),
          edit,
        ]);
      }),
    );
    const name = element('input', { name: 'name', required: true, value: person?.name ?? '', autocomplete: 'off' });
    if (invalid) name.setAttribute('aria-invalid', 'true');
    const role = element(
      'select',
      { name: 'role' },
      participantRoles.map((candidate) => element('option', { value: candidate, textContent: text(`role-${candidate}` as HostTextKey), selected: candidate === (person?.role ?? 'relative') })),
    );
    const birth = element('input', { name: 'birthDate', type: 'date', value: person?.birthDate ?? '', max: today() });
    const relationship = element('input', { name: 'relationship', value: person?.relationship ?? '' });
    const status = element('p', { id: 'people-message', className: 'notice' }, [message]);
    status.setAttribute('role', 'status');
    if (invalid) name.setAttribute('aria-describedby', 'people-message');
    const buttons = [element('button', { type: 'submit', className: 'primary', textContent: text(person ? 'people-save' : 'people-add') })];
    if (person) {
      const cancel = element('button', { type: 'button', textContent: text('people-cancel') });
      cancel.addEventListener('click', () => {
        focusAfter = `person-${editing}`;
        editing = undefined;
        message = '';
        render(locale);
      });
      buttons.push(cancel);
    }
    const form = element('form', { className: 'people-form' }, [
      element('h3', { textContent: text(person ? 'people-edit-heading' : 'people-add') }),
      field('people-name', 'people-name', name),
      field('people-role', 'people-role', role),
      field('people-birth', 'people-birth', birth),
      field('people-relationship', 'people-relationship', relationship),
      element('p', { className: 'host-buttons' }, buttons),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save(form);
    });
    root.replaceChildren(element('p', { className: 'hint', textContent: text('people-intro') }), list, form, status);
    if (focusAfter) {
      document.getElementById(focusAfter)?.focus();
      focusAfter = undefined;
    }
  }

  return { render };
}
