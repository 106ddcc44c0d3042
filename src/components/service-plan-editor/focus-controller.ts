import type { ReactiveController, ReactiveElement } from 'lit';
import { controlForPath, type FieldPath } from './view.js';

/**
 * Where focus goes after the editor's actions, once the next render has put the target on screen.
 * Four ways, because actions differ in what they may take focus from:
 * - `after(selector)`: the first of the selectors found after the next render (a part's action: add, remove, move);
 * - `whenReady(selectors)`: the first found, waiting over renders until one exists (a plan opens asynchronously);
 * - `ifLost(selector)`: only when focus is not already inside the editor (a conflict never pulls the user out of typing);
 * - `path(fieldPath)`: the control of a plan path (an error summary link), scrolled to the middle.
 */
export class EditorFocusController implements ReactiveController {
  private afterRender: readonly string[] | undefined;
  private readyTargets: readonly string[] | undefined;
  private lostTarget: string | undefined;
  private fieldPath: FieldPath | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  after(selector: string | readonly string[]): void {
    this.afterRender = typeof selector === 'string' ? [selector] : selector;
    this.host.requestUpdate();
  }

  whenReady(selectors: readonly string[]): void {
    this.readyTargets = selectors;
  }

  ifLost(selector: string): void {
    this.lostTarget = selector;
  }

  path(path: FieldPath): void {
    this.fieldPath = path;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    const find = (selector: string) => root.querySelector<HTMLElement>(selector);
    if (this.lostTarget) {
      const target = find(this.lostTarget);
      if (target) {
        this.lostTarget = undefined;
        if (!this.host.shadowRoot?.activeElement) {
          target.focus();
          target.scrollIntoView?.({ block: 'start' });
        }
      }
    }
    if (this.readyTargets) {
      const target = this.readyTargets.map(find).find((found) => found !== null);
      if (target) {
        this.readyTargets = undefined;
        target.focus();
      }
    }
    if (this.fieldPath) {
      const target = controlForPath(root, this.fieldPath);
      this.fieldPath = undefined;
      target?.focus();
      target?.scrollIntoView?.({ block: 'center' });
    }
    if (this.afterRender) {
      const selectors = this.afterRender;
      this.afterRender = undefined;
      selectors.map(find).find((found) => found !== null)?.focus();
    }
  }
}
