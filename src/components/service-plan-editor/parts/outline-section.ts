import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, type EditorView, type FieldPath } from '../view.js';

/** One section of the plan's outline (people, needs, milestones...): what it is called and holds. */
export interface OutlineSection {
  /** Stable key (`people`); the section's screen state is kept under it. */
  key: string;
  label: string;
  /** One line said next to the closed section ("3 members", "4 needs, 4 strengths"). */
  summary?: string;
  /** The plan paths the section edits: a problem there opens it, and a link to one opens it first. */
  paths: readonly FieldPath[];
  render: () => TemplateResult | typeof nothing;
}

/**
 * Whether a part of the outline is open: what the user chose, else open while the plan is being written
 * (a draft, a revision) and closed while it is followed (submitted, active, ended), so the plan reads as
 * an outline. Something wrong inside always opens it.
 */
export function isOpen(view: EditorView, key: string, hasProblems: boolean): boolean {
  if (hasProblems) return true;
  const chosen = view.ui.toggled.get(key);
  if (chosen !== undefined) return chosen;
  return view.plan.status === 'draft' || view.plan.status === 'under-review';
}

/** The disclosure button of a part of the outline (focus stays on it when it opens or closes). */
export function disclosureButton(view: EditorView, key: string, open: boolean, text: TemplateResult | string): TemplateResult {
  const id = fieldId(`outline.${key}`);
  const toggle = () => {
    view.setUi({ toggled: new Map(view.ui.toggled).set(key, !open) });
    view.focusAfterRender(`#${id}`);
  };
  return html`<button type="button" class="disclosure" id=${id} aria-expanded=${open ? 'true' : 'false'} aria-controls=${fieldId(`outline.${key}.body`)} @click=${toggle}>${text}</button>`;
}

/**
 * A section of the outline as a disclosure: its name as a heading holding the button, a summary line
 * while closed, the section itself when open (its own heading then hidden: the disclosure's names it).
 */
export function outlineSection(view: EditorView, section: OutlineSection): TemplateResult {
  const problems = section.paths.some((path) => view.violationsAt(path, true).length > 0);
  const open = isOpen(view, `section:${section.key}`, problems);
  // Left for the task after the first paint when nothing needs it yet; the placeholder keeps the body's class (and reserved height).
  const built = open && view.buildsBody(section.key, problems || view.ui.toggled.has(`section:${section.key}`));
  // Written tag against tag (the line breaks inside the tags): the template's indentation would be a text
  // node between every two boxes of the section, never laid out nor read, but cloned, inserted and walked by
  // Lit in every open (issue 18, round 10).
  return html`<div class="outline-section" data-section=${section.key}
    ><div class="outline-line"
      ><h2 class="outline-heading">${disclosureButton(view, `section:${section.key}`, open, section.label)}</h2
      >${!open && section.summary ? html`<span class="outline-summary">${section.summary}</span>` : nothing}</div
    >${open ? html`<div class="outline-body" id=${fieldId(`outline.section:${section.key}.body`)} ?data-deferred=${!built}>${built ? section.render() : nothing}</div>` : nothing}</div
  >`;
}
