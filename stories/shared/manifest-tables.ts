// React components for the MDX docs pages (Storybook's docs render with React), written without JSX
// so the project needs no JSX setting.
import { createElement as h, type ReactElement } from 'react';
import { manifestElements, partRows, tokenRows } from './manifest.js';

const tableStyle = { borderCollapse: 'collapse', width: '100%', fontSize: '14px' } as const;
const cellStyle = { borderBottom: '1px solid #d0d5dd', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' } as const;

function table(caption: string, headers: string[], rows: (string | ReactElement)[][]): ReactElement {
  return h(
    'table',
    { style: tableStyle },
    h('caption', { style: { textAlign: 'left', fontWeight: 600, padding: '8px 0' } }, caption),
    h('thead', null, h('tr', null, ...headers.map((header) => h('th', { key: header, scope: 'col', style: cellStyle }, header)))),
    h('tbody', null, ...rows.map((cells, index) => h('tr', { key: index }, ...cells.map((cell, column) => h('td', { key: column, style: cellStyle }, cell))))),
  );
}

const code = (text: string) => h('code', null, text);

function swatch(value: string): ReactElement | string {
  const looksLikeColour = /^(#|rgb|hsl|var\(--cp-color)/.test(value);
  if (!looksLikeColour) return code(value);
  return h('span', null, h('span', { 'aria-hidden': true, style: { display: 'inline-block', width: '1em', height: '1em', marginRight: '6px', verticalAlign: 'middle', border: '1px solid #667085', background: value } }), code(value));
}

/** Every `--cp-*` custom property the elements accept, with its default and its dark / high-contrast values. */
export function TokenTable(): ReactElement {
  const rows = tokenRows();
  if (rows.length === 0) return h('p', null, 'No tokens in custom-elements.json yet: run npm run analyze.');
  return table(
    `${rows.length} design tokens`,
    ['Token', 'Default (light)', 'What it is for', 'Elements'],
    rows.map((row) => [code(row.name), swatch(row.defaultValue), row.description, row.elements.join(', ')]),
  );
}

/** Every `::part` of every element, element by element. */
export function PartTable(): ReactElement {
  const rows = partRows();
  if (rows.length === 0) return h('p', null, 'No parts in custom-elements.json yet: run npm run analyze.');
  return table(
    `${rows.length} parts`,
    ['Element', 'Part', 'What it is', 'Selector'],
    rows.map((row) => [code(`<${row.tag}>`), code(row.name), row.description, code(`${row.tag}::part(${row.name})`)]),
  );
}

/** The public elements and their one-line summaries. */
export function ElementList(): ReactElement {
  return h(
    'ul',
    null,
    ...manifestElements().map((element) => h('li', { key: element.tagName }, code(`<${element.tagName}>`), element.summary ? ` — ${element.summary}` : '')),
  );
}
