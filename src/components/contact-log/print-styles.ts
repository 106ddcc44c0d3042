import { css } from 'lit';

/**
 * The contact list on paper: every row in the flow (not placed absolutely at its screen offset), as tall
 * as its text, never split across two pages; the whole note wraps instead of being cut with an ellipsis.
 * The `.printing` class holds while the list renders for print (see PrintMediaController); the media
 * query covers a print that starts before that render.
 */
export const contactListPrintStyles = css`
  @media print {
    .viewport {
      max-height: none;
      overflow: visible;
      border: none;
    }
    .rows {
      block-size: auto !important;
    }
    .row {
      position: static;
      block-size: auto !important;
      overflow: visible;
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .row-line {
      overflow: visible;
      white-space: normal;
      text-overflow: clip;
      overflow-wrap: anywhere;
    }
    .notes {
      white-space: pre-wrap;
    }
    .row .actions {
      display: none;
    }
    /* The row's own button is its first line (when, type, who, outcome): on paper it is text, unlike the
       other buttons, which the base print rules hide. */
    button.row-open {
      display: block !important;
      min-height: 0;
      padding: 0;
    }
  }
`;

/** The log's own headings on paper: kept with the list or table they head, sections not split needlessly; the time zone said once. */
export const contactLogPrintStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
      page-break-after: avoid;
    }
    tr,
    li {
      break-inside: avoid;
      page-break-inside: avoid;
    }
  }
`;
