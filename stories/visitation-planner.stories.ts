import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ForwardingStorage } from '../test/doubles/forwarding-storage.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StoredRecord } from '../src/model/record.js';
import { ConflictError, MemoryStorageAdapter, StorageError, type StorageAdapter, type WriteOptions } from '../src/storage/index.js';
import '../src/entries/visitation-planner.js';
import { sampleCaseId, sampleCurrentUser, sampleIds, sampleParticipants, sampleVisitationPlanIds, seedSampleCase } from './shared/sample-case/index.js';
import { storyNow } from './shared/story-storage.js';

/** The sample case in a memory of its own: a story's changes (or 10 000 extra contacts) never reach another story. */
async function sampleCaseStorage(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedSampleCase(storage, storyNow);
  return storage;
}

/*
 * The visitation planner of Sofia (9, in foster care): her weekly supervised visit with her mother and
 * the visits with her father and grandmother, with a month of contacts logged. Every story gets its own
 * MemoryStorageAdapter seeded with the sample case (or left empty).
 */

interface PlannerArgs {
  /** Unset: the toolbar's language (through the decorator's provider). */
  locale?: string;
  readonly: boolean;
  /** Unset: the toolbar's theme. */
  theme?: string;
}

/** Storage whose writes of visitation plans meet a version someone else saved first, or a full disk. */
class ScriptedStorage extends ForwardingStorage {
  override readonly name = 'story';
  override readonly persistent = true;
  constructor(
    inner: MemoryStorageAdapter,
    private readonly failure: 'conflict' | 'quota',
  ) {
    super(inner);
  }
  override async put<T extends StoredRecord>(kind: string, record: T, options?: WriteOptions): Promise<T> {
    if (this.failure === 'quota') throw new StorageError('quota-exceeded', 'The device is out of space');
    const stored = await this.inner.get<T>(kind, record.id);
    if (stored && stored.version === record.version) {
      const theirs = { ...stored, version: stored.version + 1, updatedBy: 'u-maria-santos', location: 'Library of the family centre, room 4' } as T;
      throw new ConflictError(kind, record.id, record, theirs);
    }
    return this.inner.put(kind, record, options);
  }
}

function planner(storage: StorageAdapter, args: PlannerArgs) {
  return html`<visitation-planner
    child-id=${sampleIds.child}
    case-id=${sampleCaseId}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    ?readonly=${args.readonly}
    .storage=${storage}
    .participants=${sampleParticipants}
    .currentUser=${sampleCurrentUser}
    .now=${storyNow}
  ></visitation-planner>`;
}

async function waitFor<T>(find: () => T | null | undefined): Promise<T | undefined> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

function rootOf(canvasElement: HTMLElement): ShadowRoot | undefined {
  return canvasElement.querySelector('visitation-planner')?.shadowRoot ?? undefined;
}

/** Opens the form for a new plan and saves it empty, so every message shows. */
async function submitEmptyForm(canvasElement: HTMLElement): Promise<void> {
  const create = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLButtonElement>('[data-action="create"]:not([disabled])'));
  create?.click();
  const submit = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLButtonElement>('form.plan-form button[type="submit"]'));
  submit?.click();
}

/** Edits the mother's plan and saves: the scripted storage answers with a conflict or a full disk. */
async function editMothersPlan(canvasElement: HTMLElement): Promise<void> {
  const edit = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLButtonElement>(`[data-plan-id="${sampleVisitationPlanIds.mother}"] [data-action="edit"]`));
  edit?.click();
  const location = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLInputElement>('[id="location"]'));
  if (!location) return;
  location.value = 'Family centre, garden room';
  location.dispatchEvent(new Event('change', { bubbles: true }));
  rootOf(canvasElement)?.querySelector<HTMLButtonElement>('form.plan-form button[type="submit"]')?.click();
}

function story(seeded: boolean, overrides: Partial<PlannerArgs> = {}, description?: string): StoryObj<PlannerArgs> {
  return {
    args: overrides,
    loaders: [async () => ({ storage: seeded ? await sampleCaseStorage() : new MemoryStorageAdapter({ name: 'storybook-empty' }) })],
    render: (args, { loaded }) => planner(loaded['storage'] as StorageAdapter, args),
    ...(description ? { parameters: { docs: { description: { story: description } } } } : {}),
  };
}

const meta: Meta<PlannerArgs> = {
  title: 'Elements/visitation-planner',
  component: 'visitation-planner',
  // No language or theme of their own: the toolbar's drive every story but those that set one.
  args: { readonly: false },
  argTypes: {
    locale: { control: 'select', options: ['en', 'es', 'fr', 'pt-BR'] },
    theme: { control: 'select', options: ['light', 'dark', 'high-contrast'] },
    readonly: { control: 'boolean' },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The visitation plans of a child placed out of home: who visits, when, how, where, how often and how supervised; court-ordered or agreed. Shows the next visits, clashes between plans, and compliance from the contact log, updated live.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<PlannerArgs>;

export const Empty: Story = story(false, {}, 'No plan yet for the child.');
export const Filled: Story = story(true, {}, 'Two active plans, with next visits, this month’s and overall compliance, and missed visits listed.');
export const FormWithErrors: Story = { ...story(true), play: async ({ canvasElement }) => submitEmptyForm(canvasElement), parameters: { docs: { description: { story: 'A new plan saved too early: every problem is listed and shown next to its field.' } } } };
export const Conflict: Story = {
  loaders: [async () => ({ storage: new ScriptedStorage(await sampleCaseStorage(), 'conflict') })],
  render: (args, { loaded }) => planner(loaded['storage'] as StorageAdapter, args),
  play: async ({ canvasElement }) => editMothersPlan(canvasElement),
  parameters: { docs: { description: { story: 'Someone else changed the plan first: both versions, keep mine, use theirs or combine by hand.' } } },
};
export const SaveError: Story = {
  loaders: [async () => ({ storage: new ScriptedStorage(await sampleCaseStorage(), 'quota') })],
  render: (args, { loaded }) => planner(loaded['storage'] as StorageAdapter, args),
  play: async ({ canvasElement }) => editMothersPlan(canvasElement),
  parameters: { docs: { description: { story: 'The device is full: the change stays in the form and can be retried.' } } },
};
export const ReadOnly: Story = story(true, { readonly: true }, 'For a family or a court: the plans and figures, no controls.');
export const Dark: Story = story(true, { theme: 'dark' });
export const HighContrast: Story = story(true, { theme: 'high-contrast' });
export const Spanish: Story = story(true, { locale: 'es' });
export const French: Story = story(true, { locale: 'fr' });
export const Portuguese: Story = story(true, { locale: 'pt-BR' });
