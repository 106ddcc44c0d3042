import { html, nothing, type TemplateResult } from 'lit';
import type { PlanKind } from '../../model/service-plan/plan.js';
import { selectBlockers, selectCanRedo, selectCanUndo, selectError, selectSaveState, type ServicePlanSnapshot } from '../../machines/service-plan/selectors.js';
import type { LocalizeController } from '../shared/i18n/localize-controller.js';
import { toneByStatus } from '../shared/parts/cp-status-badge.js';
import { label, statusLabel } from './labels.js';
import { primaryAction } from './parts/lifecycle-actions.js';
import type { EditorView } from './view.js';
import { exportedParts } from '../shared/parts/exported-parts.js';

type ToolKey = 'undo' | 'redo' | 'print';

/** The plan tools' roving tab stop: one Tab stop in the toolbar, arrow keys move between the tools. */
export class PlanTools {
  /** The plan-tools button that is the toolbar's one Tab stop. */
  private key: ToolKey = 'print';

  /** The tool that takes the Tab stop now (a disabled undo or redo gives it back to print). */
  tabStop(canUndo: boolean, canRedo: boolean): ToolKey {
    return this.key === 'undo' && canUndo ? 'undo' : this.key === 'redo' && canRedo ? 'redo' : 'print';
  }

  /** Left/Right (and Home/End) move focus between the plan tools, as in a WAI-ARIA toolbar. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -100, End: 100 };
    const move = moves[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const current = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
    const next = buttons[Math.min(Math.max((current < 0 ? 0 : current) + move, 0), buttons.length - 1)];
    if (!next) return;
    event.preventDefault();
    for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
    this.key = (next.dataset['tool'] as ToolKey | undefined) ?? 'print';
    next.focus();
  };
}

export interface ToolbarInput {
  t: LocalizeController;
  snapshot: ServicePlanSnapshot | undefined;
  view: EditorView | undefined;
  tools: PlanTools;
  titleLevel: number;
  /** The kind asked for, titling the editor before a plan is open. */
  kind: PlanKind;
  /** The plan was opened from the case's list: its header offers the way back. */
  showBack: boolean;
  locked: boolean;
  undo(): void;
  redo(): void;
  print(): void;
  back(): void;
  retry(): void;
}

/**
 * The plan's header, kept in view (sticky, where the editor is wider than 40rem: styles.ts): its title, status, the next step as the primary action,
 * the plan tools and the save state. What blocks the next step is listed, as links, just below it.
 */
export function planToolbar(input: ToolbarInput): TemplateResult {
  const { t, snapshot, view } = input;
  const plan = snapshot?.context.plan;
  const saveState = snapshot ? selectSaveState(snapshot) : undefined;
  const canUndo = snapshot ? selectCanUndo(snapshot) : false;
  const canRedo = snapshot ? selectCanRedo(snapshot) : false;
  const tabStop = input.tools.tabStop(canUndo, canRedo);
  const tool = (key: ToolKey) => (key === tabStop ? 0 : -1);
  return html`<header class="toolbar plan-header" part="toolbar">
    <div class="plan-title" id="plan-title" role="heading" aria-level=${input.titleLevel} tabindex="-1" part="title">
      ${t.term(plan?.planKind === 'outcome' || (!plan && input.kind === 'outcome') ? 'spe.title.outcome' : 'spe.title.service')}
    </div>
    ${plan
      ? html`<span class="header-status">
          <span class="visually-hidden">${label(t, t.term('spe.status.heading'))}</span>
          <cp-status-badge part="status-badge" exportparts=${exportedParts('status-badge')} tone=${toneByStatus[plan.status] ?? 'neutral'}>${statusLabel(t, plan.status)}</cp-status-badge>
          ${plan.revision > 1 ? html`<span class="badge quiet">${t.term('spe.revision.number', { number: plan.revision })}</span>` : nothing}
        </span>`
      : nothing}
    ${view && snapshot ? primaryAction(view, (transition) => selectBlockers(snapshot, transition)) : nothing}
    ${input.showBack && plan ? html`<button type="button" class="quiet screen-only" id="back-to-list" @click=${() => input.back()}>${t.term('spe.plans.back')}</button>` : nothing}
    ${snapshot && plan && !input.locked
      ? html`<div class="button-row screen-only tools" role="toolbar" aria-label=${t.term('spe.toolbar.label')} @keydown=${input.tools.onKeydown}>
          <button type="button" data-tool="undo" tabindex=${tool('undo')} aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!canUndo} @click=${() => input.undo()}>${t.term('common.undo')}</button>
          <button type="button" data-tool="redo" tabindex=${tool('redo')} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" ?disabled=${!canRedo} @click=${() => input.redo()}>${t.term('common.redo')}</button>
          <button type="button" data-tool="print" tabindex=${tool('print')} @click=${() => input.print()}>${t.term('spe.print')}</button>
        </div>`
      : plan
        ? html`<button type="button" class="screen-only" @click=${() => input.print()}>${t.term('spe.print')}</button>`
        : nothing}
    <cp-save-indicator
      class="screen-only"
      part="save-state"
      exportparts=${exportedParts('save-indicator')}
      state=${saveState ?? 'idle'}
      saved-at=${plan?.updatedAt ?? ''}
      .error=${snapshot ? selectError(snapshot) : undefined}
      @cp-retry=${() => input.retry()}
    ></cp-save-indicator>
  </header>`;
}
