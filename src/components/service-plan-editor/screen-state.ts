import type { ReactiveControllerHost } from 'lit';
import type { ServicePlan } from '../../model/service-plan/plan.js';
import type { CpConfirm } from '../shared/parts/cp-confirm.js';
import { sectionPaths } from './parts/outline.js';
import { withinPath, type EditorUiState, type FieldPath } from './view.js';

type ScreenHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * What the editor's screen holds beside the plan: what is open (items, sub-goals, outline sections,
 * add-item forms, the catalog picker...) and the question its confirm dialog asks. A change renders the
 * host again.
 */
export class EditorScreen {
  private current: EditorUiState = { pickerSubGoalId: undefined, shownRevision: undefined, expandedItems: new Set(), toggled: new Map(), addItemForms: new Map(), linksOpen: new Set(), pickerText: '', pickerCategory: '', pickerLanguage: '' };
  private question: { message: string; confirmLabel: string } | undefined;

  constructor(private readonly host: ScreenHost) {}

  /** What is open now. */
  get ui(): EditorUiState {
    return this.current;
  }

  /** Opens or closes something: the host renders again. */
  setUi(change: Partial<EditorUiState>): void {
    this.current = { ...this.current, ...change };
    this.host.requestUpdate();
  }

  /** The question the confirm dialog asks (its text and its confirm button's label), once asked. */
  get confirmRequest(): { message: string; confirmLabel: string } | undefined {
    return this.question;
  }

  /** Opens what a plan path lies in (an item; a sub-goal's own fields and its add-item form; an outline section), so its control is on screen after the next render. */
  openTo(plan: ServicePlan | undefined, path: FieldPath): void {
    const item = plan && path[0] === 'subGoals' && path[2] === 'items' ? plan.subGoals[Number(path[1])]?.items[Number(path[3])] : undefined;
    if (item && path.length > 4 && !this.current.expandedItems.has(item.id)) this.setUi({ expandedItems: new Set([...this.current.expandedItems, item.id]) });
    // A sub-goal's own fields (and its add-item form) and the outline's sections open first.
    const subGoal = plan && path[0] === 'subGoals' && path.length >= 3 && (path[2] !== 'items' || path.length === 3) ? plan.subGoals[Number(path[1])] : undefined;
    const section = Object.entries(sectionPaths).find(([, paths]) => paths.some((prefix) => withinPath(path, prefix)))?.[0];
    const toggled = new Map(this.current.toggled);
    if (subGoal) toggled.set(`subgoal:${subGoal.id}`, true);
    if (section) toggled.set(`section:${section}`, true);
    if (subGoal || section) this.setUi({ toggled });
  }

  /** Asks with the editor's `<cp-confirm>` (a modal dialog); resolves once it closed and gave focus back. */
  async confirm(message: string, confirmLabel: string): Promise<boolean> {
    this.question = { message, confirmLabel };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector<CpConfirm>('cp-confirm');
    if (!dialog) return false;
    const confirmed = await dialog.ask();
    // Let the dialog close (and give focus back) before the change moves focus somewhere sensible.
    await dialog.updateComplete;
    return confirmed;
  }
}
