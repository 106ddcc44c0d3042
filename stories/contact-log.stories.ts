import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ForwardingStorage } from '../test/doubles/forwarding-storage.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StoredRecord } from '../src/model/record.js';
import type { Contact } from '../src/model/index.js';
import { ConflictError, MemoryStorageAdapter, StorageError, type StorageAdapter, type WriteOptions } from '../src/storage/index.js';
import '../src/entries/contact-log.js';
import { sampleCaseId, sampleCurrentUser, sampleIds, sampleParticipants, sampleTimeZone, seedSampleCase } from './shared/sample-case/index.js';
import { storyNow } from './shared/story-storage.js';

/** The sample case in a memory of its own: a story's changes (or 10 000 extra contacts) never reach another story. */
async function sampleCaseStorage(): Promise<MemoryStorageAdapter> {
  const storage = new MemoryStorageAdapter();
  await seedSampleCase(storage, storyNow);
  return storage;
}

/*
 * Sofia's contact log: the visits and calls that took place, were cancelled or missed, against her
 * visitation plans, with compliance per plan and month and the caseworker's monthly visits. Every story
 * gets its own MemoryStorageAdapter seeded with the sample case (or left empty, or with 10 000 contacts).
 */

interface LogArgs {
  /** Unset: the toolbar's language (through the decorator's provider). */
  locale?: string;
  readonly: boolean;
  /** Unset: the toolbar's theme. */
  theme?: string;
}

/** Storage whose contact writes meet a version someone else saved first, or a full disk. */
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
      const theirs = { ...stored, version: stored.version + 1, updatedBy: 'u-maria-santos', notes: 'Sofia asked to bring her school drawings next time.' } as T;
      throw new ConflictError(kind, record.id, record, theirs);
    }
    return this.inner.put(kind, record, options);
  }
}

function log(storage: StorageAdapter, args: LogArgs) {
  return html`<contact-log
    case-id=${sampleCaseId}
    child-id=${sampleIds.child}
    time-zone=${sampleTimeZone}
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    ?readonly=${args.readonly}
    .storage=${storage}
    .participants=${sampleParticipants}
    .currentUser=${sampleCurrentUser}
    .now=${storyNow}
  ></contact-log>`;
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
  return canvasElement.querySelector('contact-log')?.shadowRoot ?? undefined;
}

/** A contact dated next week marked completed, with markup in its notes: two inline messages. */
async function recordImpossibleContact(canvasElement: HTMLElement): Promise<void> {
  const record = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLButtonElement>('[data-action="record"]:not([disabled])'));
  record?.click();
  const when = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLInputElement>('[id="occurredAt"]'));
  if (!when) return;
  when.value = '2026-11-25T16:00';
  when.dispatchEvent(new Event('change', { bubbles: true }));
  const notes = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLTextAreaElement>('[id="notes"]'));
  if (notes) {
    notes.value = 'Bring <b>photos</b>';
    notes.dispatchEvent(new Event('change', { bubbles: true }));
  }
  (await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLButtonElement>('form.contact-form button[type="submit"]')))?.click();
}

/** Edits the newest contact and saves: the scripted storage answers with a conflict or a full disk. */
async function editNewestContact(canvasElement: HTMLElement): Promise<void> {
  const list = await waitFor(() => rootOf(canvasElement)?.querySelector('cp-contact-list')?.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="edit"]'));
  list?.click();
  const notes = await waitFor(() => rootOf(canvasElement)?.querySelector<HTMLTextAreaElement>('[id="notes"]'));
  if (!notes) return;
  notes.value = 'Visit went well; Sofia read a story to her mother.';
  notes.dispatchEvent(new Event('change', { bubbles: true }));
  rootOf(canvasElement)?.querySelector<HTMLButtonElement>('form.contact-form button[type="submit"]')?.click();
}

/** The sample case plus 10 000 older phone calls: the list stays fast (only visible rows are rendered). */
async function tenThousand(): Promise<MemoryStorageAdapter> {
  const storage = await sampleCaseStorage();
  const start = storyNow.getTime() - 40 * 86_400_000;
  const contacts: Contact[] = Array.from({ length: 10_000 }, (_, index) => {
    const at = new Date(start - index * 4 * 3_600_000).toISOString();
    return {
      id: `story-call-${index}`,
      version: 0,
      createdAt: at,
      updatedAt: at,
      updatedBy: sampleCurrentUser.id,
      caseId: sampleCaseId,
      childId: sampleIds.child,
      occurredAt: at,
      durationMinutes: 15,
      type: 'phone',
      participantIds: [sampleIds.child, sampleIds.grandmother],
      atChildResidence: false,
      outcome: { type: 'completed' },
      notes: '',
      authorId: sampleCurrentUser.id,
    };
  });
  await storage.transaction(contacts.map((record) => ({ kind: 'contact', record })));
  return storage;
}

function story(seed: 'empty' | 'sample' | 'large', overrides: Partial<LogArgs> = {}, description?: string): StoryObj<LogArgs> {
  return {
    args: overrides,
    loaders: [async () => ({ storage: seed === 'empty' ? new MemoryStorageAdapter({ name: 'storybook-empty' }) : seed === 'large' ? await tenThousand() : await sampleCaseStorage() })],
    render: (args, { loaded }) => log(loaded['storage'] as StorageAdapter, args),
    ...(description ? { parameters: { docs: { description: { story: description } } } } : {}),
  };
}

const meta: Meta<LogArgs> = {
  title: 'Elements/contact-log',
  component: 'contact-log',
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
          'The visits and contacts that took place, were cancelled, missed or rescheduled, linked to the visitation plans they fulfil: a fast filtered list, edit and archive with history, compliance per plan and month, and the caseworker monthly visit standard.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<LogArgs>;

export const Empty: Story = story('empty', {}, 'Nothing recorded yet.');
export const Filled: Story = story('sample', {}, 'A month of visits and calls, with a no-show and a cancellation, compliance per plan and month, and the caseworker standard.');
export const TenThousandContacts: Story = story('large', {}, '10 000 contacts: only the rows in view are in the page; arrow keys, Home and End move between rows.');
export const FormWithErrors: Story = {
  ...story('sample'),
  play: async ({ canvasElement }) => recordImpossibleContact(canvasElement),
  parameters: { docs: { description: { story: 'A contact next week marked completed, with markup in the notes: both refused next to their fields.' } } },
};
export const Conflict: Story = {
  loaders: [async () => ({ storage: new ScriptedStorage(await sampleCaseStorage(), 'conflict') })],
  render: (args, { loaded }) => log(loaded['storage'] as StorageAdapter, args),
  play: async ({ canvasElement }) => editNewestContact(canvasElement),
  parameters: { docs: { description: { story: 'Someone else changed the contact first: both versions side by side.' } } },
};
export const SaveError: Story = {
  loaders: [async () => ({ storage: new ScriptedStorage(await sampleCaseStorage(), 'quota') })],
  render: (args, { loaded }) => log(loaded['storage'] as StorageAdapter, args),
  play: async ({ canvasElement }) => editNewestContact(canvasElement),
  parameters: { docs: { description: { story: 'The device is full: the contact stays in the form and can be retried.' } } },
};
/** The log in a region of the host's page: a height on the element, and the most the list may take. */
export const InARegion: Story = {
  ...story('large'),
  render: (args, { loaded }) => html`<style>
      .story-region contact-log {
        height: 48rem;
        --cp-contact-list-max-height: 30rem;
      }
    </style>
    <div class="story-region">${log(loaded['storage'] as StorageAdapter, args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'A host that gives the log a region sets its height (`contact-log { height: 48rem }`, or a stretching flex or grid cell) and the most the list may take (`--cp-contact-list-max-height`, a length such as `30rem` or `60vh`, never a percentage; default most of the window): the list grows into the room the other sections leave, up to that, and scrolls the rest.',
      },
    },
  },
};
export const ReadOnly: Story = story('sample', { readonly: true }, 'Read-only: the list, the figures and each contact’s history.');
export const Dark: Story = story('sample', { theme: 'dark' });
export const HighContrast: Story = story('sample', { theme: 'high-contrast' });
export const Spanish: Story = story('sample', { locale: 'es' });
export const French: Story = story('sample', { locale: 'fr' });
export const Portuguese: Story = story('sample', { locale: 'pt-BR' });
