import { css } from 'lit';

/**
 * Styles every caseplan element and part starts from: box sizing, `hidden` that really hides, a
 * visible focus ring for keyboard users, no motion for people who asked for none, and print rules.
 * Shadow DOM keeps all of it inside the element: nothing reaches the host page.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--cp-font-family);
    font-size: var(--cp-font-size-body);
    line-height: var(--cp-line-height);
    color: var(--cp-color-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--cp-focus-ring);
    outline-offset: var(--cp-focus-ring-offset);
  }
  /* Text that screen readers read and sighted users do not need (a table caption already shown as a heading). */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    /* A printed plan is a document: no buttons, no focus rings, links and text in plain ink. */
    button,
    .no-print {
      display: none !important;
    }
    :focus-visible {
      outline: none;
    }
    * {
      box-shadow: none !important;
    }
  }
`;
