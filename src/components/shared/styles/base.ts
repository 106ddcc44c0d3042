import { css } from 'lit';

/**
 * The rules every element and part needs that select nothing by `*`: the host's font and colour,
 * `hidden` that really hides, a visible focus ring for keyboard users, and no buttons or focus rings
 * on paper. A part with thousands of fresh elements (the contact list) takes only these: universal
 * rules make Chromium compute each new element's style from scratch.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_cp-font-family);
    font-size: var(--_cp-font-size-body);
    line-height: var(--_cp-line-height);
    color: var(--_cp-color-text);
    /* A word longer than its line (French at 200 % text in a 320 px column: "enregistrement") breaks rather than run past the page. */
    overflow-wrap: break-word;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_cp-focus-ring);
    outline-offset: var(--_cp-focus-ring-offset);
  }
  /* What people typed, set in a line beside other words (a name in <strong> or <bdi>): isolated as <bdi> is,
     so an Arabic name's digits and punctuation stay with it, never reordering the words around it; its own
     direction comes from its first letter (plaintext: an isolate with dir="auto"). A paragraph people typed
     (.pre, .notes) is isolated too, in the direction of most of its letters: the template sets dir="rtl" from
     dominantDirection (an English note beginning with an Arabic name stays left to right). Templates draw
     typed text through closedText, so controls it leaves open end with it. */
  strong,
  bdi {
    unicode-bidi: plaintext;
  }
  .pre,
  .notes {
    unicode-bidi: isolate;
  }
  @media print {
    /* A printed plan is a document: no buttons, no focus rings. */
    button,
    .no-print {
      display: none !important;
    }
    :focus-visible {
      outline: none;
    }
  }
`;

/**
 * Styles every caseplan element and part starts from: the host rules above, box sizing everywhere,
 * no motion for people who asked for none, and print rules.
 * Shadow DOM keeps all of it inside the element: nothing reaches the host page.
 */
export const baseStyles = css`
  ${hostStyles}
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
    /* Links and text in plain ink. */
    * {
      box-shadow: none !important;
    }
  }
`;
