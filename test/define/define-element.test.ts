import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/define/define-element.js';
import { defineElements } from '../../src/define/define-elements.js';
import { noteOwner, sdkVersion } from '../../src/define/sdk-copies.js';
import { CaseplanProvider } from '../../src/components/caseplan-provider/caseplan-provider.js';

/** Captures console.warn while `run` executes. */
function warningsDuring(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let uniqueTag = 0;
const freshTag = (stem: string) => `${stem}-${Date.now().toString(36)}-${(uniqueTag += 1)}`;

describe('defineElement', () => {
  it('defines a tag, and defining the same class again is a silent no-op', () => {
    class Part extends LitElement {}
    const tag = freshTag('test-part');
    expect(defineElement(tag, Part)).to.equal('defined');
    const warnings = warningsDuring(() => expect(defineElement(tag, Part)).to.equal('already-defined'));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Part);
  });

  it('keeps the existing class and warns, without throwing, when another class holds the tag (two bundles on one page)', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const tag = freshTag('test-clash');
    defineElement(tag, First);
    let outcome: string | undefined;
    const warnings = warningsDuring(() => (outcome = defineElement(tag, Second)));
    expect(outcome).to.equal('skipped');
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`);
  });

  it('says once, naming both versions, that a second copy of the SDK met the first (not once per tag)', () => {
    // What the first copy did: registered its classes and noted them as its own in the page-wide record.
    const firstCopy = { version: '0.0.9-first' };
    const tags = [freshTag('test-copy'), freshTag('test-copy'), freshTag('test-copy')];
    for (const tag of tags) {
      customElements.define(tag, class extends LitElement {});
      noteOwner(tag, firstCopy);
    }
    const outcomes: string[] = [];
    const warnings = warningsDuring(() => {
      for (const tag of tags) outcomes.push(defineElement(tag, class extends LitElement {}));
    });
    expect(outcomes).to.deep.equal(['skipped', 'skipped', 'skipped']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9-first').and.to.contain(sdkVersion);
  });

  it('warns instead of throwing on an invalid tag or a class already registered under another tag', () => {
    class Part extends LitElement {}
    const tag = freshTag('test-once');
    defineElement(tag, Part);
    const warnings = warningsDuring(() => {
      expect(defineElement('NotAValidTag', class extends LitElement {})).to.equal('skipped');
      expect(defineElement(freshTag('test-again'), Part)).to.equal('skipped');
    });
    expect(warnings).to.have.length(2);
  });

  it('registers the parts an element depends on', () => {
    class Part extends LitElement {}
    const partTag = freshTag('test-dep');
    class Whole extends LitElement {
      static dependencies = { [partTag]: Part };
    }
    defineElement(freshTag('test-whole'), Whole);
    expect(customElements.get(partTag)).to.equal(Part);
  });
});

describe('defineElements', () => {
  it('registers every element under its default tag, and does it again without complaint', () => {
    const warnings = warningsDuring(() => {
      expect(defineElements()['caseplan-provider']).to.equal('caseplan-provider');
      defineElements();
    });
    expect(customElements.get('caseplan-provider')).to.equal(CaseplanProvider);
    expect(warnings).to.deep.equal([]);
  });

  it('registers the elements under a host prefix, as working subclasses', async () => {
    const prefix = `acme${uniqueTag += 1}`;
    const tags = defineElements({ prefix });
    expect(tags['caseplan-provider']).to.equal(`${prefix}-caseplan-provider`);
    const ctor = customElements.get(`${prefix}-caseplan-provider`)!;
    expect(ctor.prototype).to.be.instanceOf(CaseplanProvider);
    const element = document.createElement(`${prefix}-caseplan-provider`) as CaseplanProvider;
    document.body.append(element);
    await element.updateComplete;
    expect(getComputedStyle(element).display).to.equal('contents');
    element.remove();
    const warnings = warningsDuring(() => defineElements({ prefix }));
    expect(warnings, 'the same prefix twice is a no-op').to.deep.equal([]);
  });

  it('refuses an invalid prefix with a warning', () => {
    let tags: Record<string, string> = {};
    const warnings = warningsDuring(() => (tags = defineElements({ prefix: 'Acme Corp!' })));
    expect(tags).to.deep.equal({});
    expect(warnings).to.have.length(1);
  });
});
