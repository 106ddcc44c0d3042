import { html, nothing, type TemplateResult } from 'lit';
import type { EditorView } from '../view.js';

/** Abandons the revision after a confirm step; focus then goes to the plan's next step ("Start a revision…"). */
async function abandon(view: EditorView): Promise<void> {
  const { t } = view;
  if (!(await view.confirm(t.term('spe.step.abandon-revision-confirm'), t.term('spe.step.abandon-revision')))) return;
  if (view.send({ type: 'ABANDON_REVISION' }).length > 0) return;
  view.announce(t.term('spe.step.abandon-revision-done'));
  view.focusAfterRender(['#primary-action', '#plan-title']);
}

/**
 * "Abandon the revision", offered while the plan is being revised and the machine (the model's rule)
 * allows it: the active version stays as it was, the working copy is set aside in the plan's history.
 */
export function abandonRevisionButton(view: EditorView): TemplateResult | typeof nothing {
  if (view.readonly || !view.canAbandonRevision) return nothing;
  return html`<button type="button" data-step="abandon-revision" @click=${() => void abandon(view)}>${view.t.term('spe.step.abandon-revision')}</button>`;
}
