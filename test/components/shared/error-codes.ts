/** The `cp-error` codes an element fires from now on, in order: what a host listening to it hears. */
export function errorCodes(element: HTMLElement): string[] {
  const codes: string[] = [];
  element.addEventListener('cp-error', (event) => codes.push(event.detail.code));
  return codes;
}
