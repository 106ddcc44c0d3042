import { css } from 'lit';

/**
 * The plan on paper: only the document (with its own header) prints; the screen's status card, hints,
 * toolbar, versions and notices stay off it. Headings stay with what they head; a table row, a list
 * entry, a person's tasks and the signature block are never split across pages; a table's header row
 * repeats on each page. Page margins and "page X of Y" are the document's `@page` rule (PageMarginsController).
 */
export const editorPrintStyles = css`
  @media print {
    .editor > :not(.print-only) {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .print-header {
      margin-block-end: 1.5em;
      padding-block-end: 0.5em;
      border-block-end: 2px solid #000;
    }
    .print-kind {
      margin: 0 0 0.5em;
      font-size: 1.5em;
      font-weight: bold;
    }
    .print-facts {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.15em 2em;
      margin: 0;
    }
    .print-facts div {
      display: flex;
      gap: 0.4em;
    }
    .print-facts dt {
      font-weight: bold;
    }
    .print-facts dd {
      margin: 0;
    }
    .print-unsaved {
      margin: 0.75em 0 0;
      padding: 0.3em 0.5em;
      border: 2px solid #000;
      font-weight: bold;
    }
    .document h2,
    .document h3,
    .document h4 {
      break-after: avoid;
      page-break-after: avoid;
    }
    .document table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .document thead {
      display: table-header-group;
    }
    .document tr,
    .document li,
    .doc-detail,
    .doc-person,
    .signatures {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    .not-recorded {
      font-style: italic;
    }
  }
`;
