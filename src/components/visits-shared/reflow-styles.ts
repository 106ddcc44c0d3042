import { css } from 'lit';

/**
 * Reflow (WCAG 1.4.10, 1.4.4): at 320 px, and at 200 % text, nothing scrolls sideways. Grid tracks may
 * shrink below their content (a select sized by its longest option, a 20-character input at 32 px text),
 * long words wrap, and a description list stacks its term over its value when the element is narrow
 * (`:host` is an inline-size container; rem-based, so 200 % text stacks it sooner).
 */
export const reflowStyles = css`
  form > *,
  .plans > li,
  .plan > *,
  .details > div > *,
  .field > * {
    min-width: 0;
  }
  .field {
    grid-template-columns: minmax(0, 1fr);
  }
  .field.checkbox {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .plan,
  label,
  legend,
  dd,
  .hint,
  .field-error,
  .notice {
    overflow-wrap: anywhere;
  }
  @container (max-width: 30rem) {
    .details div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
`;
