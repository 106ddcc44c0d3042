/** The themes of the toolbar and the canvas colours shown behind the elements in each. */
export type StoryTheme = 'light' | 'dark' | 'high-contrast';

export const themeSurfaces: Record<StoryTheme, { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#111827' },
  dark: { background: '#111827', text: '#f6f7f9' },
  'high-contrast': { background: '#ffffff', text: '#000000' },
};
