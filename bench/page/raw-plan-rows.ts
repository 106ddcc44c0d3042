// The raw baseline of "open": one article per plan item, with the item's name, status, dates and a
// text field, made with createElement/textContent only (no framework, no validation, no state).
import type { ServicePlan } from '../../src/model/service-plan/plan.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  return created;
}

export function buildRawPlanRows(plan: ServicePlan): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(element('h2', plan.goal.title));
  for (const subGoal of plan.subGoals) {
    const section = element('section');
    section.append(element('h3', subGoal.title));
    for (const item of subGoal.items) {
      const article = element('article');
      article.append(element('h4', item.source.name), element('p', item.status), element('p', `${item.expectedStart ?? ''} – ${item.expectedEnd ?? ''}`));
      const label = element('label', 'Expected outcome');
      const input = element('input');
      input.value = item.expectedOutcome;
      label.append(input);
      article.append(label);
      section.append(article);
    }
    fragment.append(section);
  }
  return fragment;
}
