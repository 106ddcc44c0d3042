import { expect, fixture, html } from '@open-wc/testing';
import { mount } from '../mount.js';
import { LitElement, html as litHtml } from 'lit';
import { assign, setup } from 'xstate';
import { ActorController } from '../../../../src/components/shared/controllers/actor-controller.js';

/** A counter with a note that the element does not show: changing the note must not re-render it. */
const counterMachine = setup({
  types: {
    context: {} as { count: number; note: string },
    events: {} as { type: 'INCREMENT' } | { type: 'NOTE'; note: string },
    input: {} as { start: number },
  },
}).createMachine({
  context: ({ input }) => ({ count: input.start, note: '' }),
  on: {
    INCREMENT: { actions: assign({ count: ({ context }) => context.count + 1 }) },
    NOTE: { actions: assign({ note: ({ event }) => event.note }) },
  },
});

let machinesCreated = 0;

class CounterView extends LitElement {
  start = 0;
  renders = 0;
  readonly counter = new ActorController(this, {
    logic: () => {
      machinesCreated += 1;
      return counterMachine;
    },
    options: () => ({ input: { start: this.start } }),
    select: (snapshot) => ({ count: snapshot.context.count }),
  });
  override render() {
    this.renders += 1;
    return litHtml`<output>${this.counter.selected.count}</output>`;
  }
}
customElements.define('test-counter-view', CounterView);

function shown(view: CounterView): string {
  return view.shadowRoot!.querySelector('output')!.textContent!;
}

describe('ActorController', () => {
  it('creates the actor once, lazily, with input read from the element when it connects', async () => {
    const before = machinesCreated;
    const view = document.createElement('test-counter-view') as CounterView;
    expect(machinesCreated, 'nothing is created before it is needed').to.equal(before);
    view.start = 5;
    const connected = await mount<HTMLDivElement>(html`<div></div>`);
    connected.append(view);
    await view.updateComplete;
    expect(shown(view)).to.equal('5');
    expect(machinesCreated).to.equal(before + 1);
  });

  it('re-renders when the selected slice changes, and only then', async () => {
    const view = await fixture<CounterView>(html`<test-counter-view></test-counter-view>`);
    const rendersBefore = view.renders;
    view.counter.send({ type: 'NOTE', note: 'called the school' });
    await view.updateComplete;
    expect(view.renders, 'an unselected change does not re-render').to.equal(rendersBefore);
    view.counter.send({ type: 'INCREMENT' });
    await view.updateComplete;
    expect(view.renders).to.equal(rendersBefore + 1);
    expect(shown(view)).to.equal('1');
  });

  it('keeps the actor and its state when the element is moved in the DOM', async () => {
    const container = await mount<HTMLDivElement>(html`<div><section></section><test-counter-view></test-counter-view></div>`);
    const view = container.querySelector<CounterView>('test-counter-view')!;
    view.counter.send({ type: 'INCREMENT' });
    view.counter.send({ type: 'INCREMENT' });
    const actor = view.counter.actor;
    container.querySelector('section')!.append(view);
    await view.updateComplete;
    expect(view.counter.actor).to.equal(actor);
    expect(actor.getSnapshot().status).to.equal('active');
    expect(shown(view)).to.equal('2');
  });

  it('stops listening while disconnected and shows what happened meanwhile on return', async () => {
    const container = await mount<HTMLDivElement>(html`<div><test-counter-view></test-counter-view></div>`);
    const view = container.querySelector<CounterView>('test-counter-view')!;
    view.remove();
    const rendersWhileAway = view.renders;
    view.counter.send({ type: 'INCREMENT' });
    await view.updateComplete;
    expect(view.renders, 'no render while disconnected').to.equal(rendersWhileAway);
    expect(view.counter.actor.getSnapshot().status).to.equal('active');
    container.append(view);
    await view.updateComplete;
    expect(shown(view)).to.equal('1');
  });

  it('stops the actor only when asked', async () => {
    const view = await fixture<CounterView>(html`<test-counter-view></test-counter-view>`);
    const actor = view.counter.actor;
    view.counter.stop();
    expect(actor.getSnapshot().status).to.equal('stopped');
  });
});
