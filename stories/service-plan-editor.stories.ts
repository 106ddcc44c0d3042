import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ForwardingStorage } from '../test/doubles/forwarding-storage.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createDraftPlan, revisionSnapshot, type ServicePlan } from '../src/model/index.js';
import type { StoredRecord } from '../src/model/record.js';
import { ConflictError, MemoryStorageAdapter, StorageError, type StorageAdapter, type WriteOptions } from '../src/storage/index.js';
import '../src/entries/service-plan-editor.js';
import type { ServicePlanEditor } from '../src/components/service-plan-editor/service-plan-editor.js';
import { buildSampleCasePlan, sampleCaseId, sampleCatalog, sampleClock, sampleCurrentUser, sampleIds, sampleParticipants, sampleStaff, sampleTemplates } from './shared/sample-case/index.js';
import { storyNow } from './shared/story-storage.js';

/*
 * One story per plan status, plus conflict, save error, read-only, dark and each language. Every story
 * gets its own MemoryStorageAdapter seeded with the sample family's case plan in the state it shows.
 */

interface EditorArgs {
  /** Unset: the toolbar's language (through the decorator's provider). */
  locale?: string;
  readonly: boolean;
  /** Unset: the toolbar's theme. */
  theme?: string;
}

type Variant = 'draft-empty' | 'case-plans' | 'draft' | 'submitted' | 'active' | 'under-review' | 'completed' | 'closed';

const clock = sampleClock(storyNow);
let stores = 0;

/** The sample case plan as it stands in each status (the sample itself is active). */
function planFor(variant: Exclude<Variant, 'draft-empty' | 'case-plans'>): { plan: ServicePlan; revisions: ReturnType<typeof revisionSnapshot>[] } {
  const active = buildSampleCasePlan(clock);
  const { activatedOn: _activatedOn, ...notYetActive } = active;
  switch (variant) {
    case 'draft':
      return { plan: { ...notYetActive, status: 'draft', approvals: [], reviews: [] }, revisions: [] };
    case 'submitted':
      // The mother approved; the father has not yet.
      return { plan: { ...notYetActive, status: 'submitted', approvals: active.approvals.filter((approval) => approval.participantId === sampleIds.mother) }, revisions: [] };
    case 'active':
      return { plan: active, revisions: [] };
    case 'under-review': {
      const snapshot = revisionSnapshot(active, 'court-hearing', clock.instant(-1), sampleCurrentUser.id);
      return {
        plan: { ...active, status: 'under-review', revision: 2, approvals: [], goal: { ...active.goal, title: 'Sofia returns home safely to her mother by the spring' } },
        revisions: [snapshot],
      };
    }
    case 'completed':
      return { plan: { ...active, status: 'completed', endedOn: clock.today }, revisions: [] };
    case 'closed':
      return { plan: { ...active, status: 'closed', endedOn: clock.today, closeReason: 'The family moved to another county; the case was transferred.' }, revisions: [] };
  }
}

const newDraftId = 'plan-new-draft';

function seededStorage(variant: Variant): MemoryStorageAdapter {
  stores += 1;
  // Stands in for IndexedDB (persistent), so the stories show the editor as hosts see it.
  const storage = new MemoryStorageAdapter({ name: `service-plan-editor-story-${stores}`, persistent: true });
  if (variant === 'draft-empty') {
    // A plan just started with "New plan": stored, nothing written in it yet.
    storage.seedRaw('servicePlan', { ...createDraftPlan({ id: newDraftId, caseId: sampleCaseId, planKind: 'outcome', createdBy: sampleCurrentUser.id, createdAt: clock.instant(0) }), version: 1 });
    return storage;
  }
  const { plan, revisions } = planFor(variant === 'case-plans' ? 'active' : variant);
  storage.seedRaw('servicePlan', { ...plan, version: 3 });
  for (const revision of revisions) storage.seedRaw('servicePlanRevision', { ...revision, version: 1 });
  return storage;
}

/** Storage that refuses every write as a full disk would: the editor keeps the edit and offers to retry. */
class QuotaExceededStorage extends ForwardingStorage {
  override readonly name = 'quota-exceeded';
  override readonly persistent = true;
  override put<T extends StoredRecord>(): Promise<T> { return Promise.reject(new StorageError('quota-exceeded', 'The device is out of space')); }
  override archive<T extends StoredRecord>(): Promise<T> { return Promise.reject(new StorageError('quota-exceeded', 'The device is out of space')); }
  override transaction(): Promise<StoredRecord[]> { return Promise.reject(new StorageError('quota-exceeded', 'The device is out of space')); }
}

/** Storage where someone else saved first: the next write meets their version (shown side by side with mine). */
class SavedElsewhereStorage extends ForwardingStorage {
  override readonly name = 'saved-elsewhere';
  override readonly persistent = true;
  constructor(inner: MemoryStorageAdapter, private readonly theirs: ServicePlan) { super(inner); }
  override put<T extends StoredRecord>(kind: string, record: T, options?: WriteOptions): Promise<T> {
    if (record.version < this.theirs.version) return Promise.reject(new ConflictError(kind, record.id, record, this.theirs as unknown as T));
    return this.inner.put(kind, record, options);
  }
}

function editor(storage: StorageAdapter, args: EditorArgs, planId: string | undefined) {
  return html`<service-plan-editor
    case-id=${sampleCaseId}
    plan-id=${planId ?? ''}
    kind="outcome"
    locale=${ifDefined(args.locale)}
    theme=${ifDefined(args.theme)}
    ?readonly=${args.readonly}
    .storage=${storage}
    .participants=${sampleParticipants}
    .staff=${sampleStaff}
    .catalog=${sampleCatalog}
    .templates=${sampleTemplates}
    .currentUser=${sampleCurrentUser}
    .now=${storyNow}
  ></service-plan-editor>`;
}

/** Types into the goal, as a user would, so the story's storage meets the next save. */
async function editGoal(canvasElement: HTMLElement, title: string): Promise<void> {
  const element = canvasElement.querySelector<ServicePlanEditor>('service-plan-editor');
  for (let attempt = 0; attempt < 50 && !element?.shadowRoot?.querySelector('input[name="goal.title"]'); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  const input = element?.shadowRoot?.querySelector<HTMLInputElement>('input[name="goal.title"]');
  if (!input || !element) return;
  input.value = title;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  element.save();
}

function story(variant: Variant, overrides: Partial<EditorArgs> = {}, description?: string): StoryObj<EditorArgs> {
  return {
    args: overrides,
    loaders: [async () => ({ storage: seededStorage(variant) })],
    render: (args, { loaded }) => editor(loaded['storage'] as MemoryStorageAdapter, args, variant === 'case-plans' ? undefined : variant === 'draft-empty' ? newDraftId : buildSampleCasePlan(clock).id),
    ...(description ? { parameters: { docs: { description: { story: description } } } } : {}),
  };
}

const meta: Meta<EditorArgs> = {
  title: 'Elements/service-plan-editor',
  component: 'service-plan-editor',
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
          'The plan a caseworker writes and agrees with a family: goal, sub-goals and plan items, services from the catalog, milestones, permanency and reviews, approvals and revisions. Autosaves, undoes, and shows both versions when someone else saved first.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<EditorArgs>;

export const CasePlans: Story = story('case-plans', {}, "No `plan-id`: the case's plans (kind, status, version, dates) and \"New plan\", which starts a draft and fires `cp-plan-created`; nothing is written before.");
export const DraftEmpty: Story = story('draft-empty', {}, 'A plan just started: nothing written in it yet; what it needs before it can be submitted is listed, each a link to its field.');
export const DraftFilled: Story = story('draft', {}, 'A complete draft: everything needed to submit is there.');
export const SubmittedAwaitingApproval: Story = story('submitted', {}, 'Submitted; the mother approved, the father has not yet: "Waiting for approval from: Marcus Reed (Father)".');
export const Active: Story = story('active');
export const UnderReview: Story = story('under-review', {}, 'Revised after a court hearing: version 1 stays readable under "Earlier versions".');
export const Completed: Story = story('completed');
export const Closed: Story = story('closed');
export const ReadOnly: Story = story('active', { readonly: true }, 'What a family sees: the plan as a document, no controls.');
export const Dark: Story = story('active', { theme: 'dark' });
export const HighContrast: Story = story('submitted', { theme: 'high-contrast' });
export const English: Story = story('active', { locale: 'en' });
export const Spanish: Story = story('active', { locale: 'es' });
export const French: Story = story('active', { locale: 'fr' });
export const Portuguese: Story = story('active', { locale: 'pt-BR' });

export const Conflict: Story = {
  loaders: [
    async () => {
      const storage = seededStorage('draft');
      const stored = (await storage.get<ServicePlan>('servicePlan', buildSampleCasePlan(clock).id))!;
      const theirs: ServicePlan = { ...stored, version: stored.version + 1, updatedBy: 'u-maria-santos', goal: { ...stored.goal, title: 'Sofia returns home to her mother, with Rosa nearby' } };
      return { storage: new SavedElsewhereStorage(storage, theirs) };
    },
  ],
  render: (args, { loaded }) => editor(loaded['storage'] as StorageAdapter, args, buildSampleCasePlan(clock).id),
  play: async ({ canvasElement }) => editGoal(canvasElement, 'Sofia returns home safely, with weekly visits meanwhile'),
  parameters: { docs: { description: { story: 'Someone else saved first: both versions are shown with keep mine, take theirs or combine.' } } },
};

export const SaveError: Story = {
  loaders: [async () => ({ storage: new QuotaExceededStorage(seededStorage('draft')) })],
  render: (args, { loaded }) => editor(loaded['storage'] as StorageAdapter, args, buildSampleCasePlan(clock).id),
  play: async ({ canvasElement }) => editGoal(canvasElement, 'Sofia returns home safely to her mother this spring'),
  parameters: { docs: { description: { story: 'The device is full: the edit is kept, the message says so, and "Try again" retries.' } } },
};
