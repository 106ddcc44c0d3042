import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** Chromium's forced-colours emulation (Windows contrast themes), light or dark system palette. */
export const emulateForcedColors = (forcedColors: 'active' | 'none', colorScheme: 'light' | 'dark' = 'light') =>
  executeServerCommand('emulate-forced-colors', { forcedColors, colorScheme });

/** The colour a rendered element paints its text and its background with. */
export function paint(element: Element): { color: string; background: string } {
  const style = getComputedStyle(element);
  return { color: style.color, background: style.backgroundColor };
}

/** The system's own button pair, which the user's contrast theme keeps apart. */
export function systemButton(): { color: string; background: string } {
  const probe = document.createElement('span');
  probe.style.cssText = 'color: ButtonText; background-color: ButtonFace; forced-color-adjust: none';
  document.body.append(probe);
  const system = paint(probe);
  probe.remove();
  return system;
}

/** A filled button whose label stays readable: drawn in the system's button pair. */
export function expectReadable(button: HTMLElement, what: string): void {
  const { color, background } = paint(button);
  expect(color, `${what}: label ${color} on ${background}`).to.not.equal(background);
  expect({ color, background }, `${what} in the system button colours`).to.deep.equal(systemButton());
}
