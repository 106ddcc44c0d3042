import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CaseParticipantSchema, ageOn, personName } from '../../src/model/participant.js';
import { parseWithViolations } from '../../src/model/shared/zod-violations.js';

describe('case participant', () => {
  it('accepts a parent with a Brazilian Portuguese language preference and a relationship label', () => {
    const result = z.safeParse(CaseParticipantSchema, { id: 'maria', name: 'Maria Souza', role: 'parent', preferredLanguage: 'pt-BR', relationship: 'mother' });
    expect(result.success).to.equal(true);
  });

  it('refuses an unknown role, an invalid birth date and a made-up language tag, naming each field', () => {
    const result = parseWithViolations(CaseParticipantSchema, { id: 'x', name: 'X', role: 'uncle', birthDate: '2020-02-30', preferredLanguage: 'not a language' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.violations.map((found) => [found.path.join('.'), found.code]));
    expect(byField).to.deep.equal({ role: 'value.not-allowed', birthDate: 'value.invalid-date', preferredLanguage: 'value.invalid-language' });
  });

  it('refuses a name with markup, control characters, or past 200 characters, with a code the UI can show', () => {
    const codes = (name: string) => {
      const result = parseWithViolations(CaseParticipantSchema, { id: 'p', name, role: 'child' });
      return result.ok ? [] : result.violations.map((found) => found.code);
    };
    expect(codes('<img src=x onerror=alert(1)>')).to.deep.equal(['value.markup']);
    expect(codes('Ana\u0000')).to.deep.equal(['value.control-characters']);
    expect(codes('a'.repeat(50_000))).to.deep.equal(['value.too-long']);
    expect(codes('   ')).to.deep.equal(['value.required']);
    expect(codes('Ana < 5 years old')).to.deep.equal([]);
  });

  it('computes age in whole years on a given day, counting the birthday itself', () => {
    expect(ageOn('2014-03-10', '2026-03-09')).to.equal(11);
    expect(ageOn('2014-03-10', '2026-03-10')).to.equal(12);
    expect(ageOn('2012-02-29', '2026-02-28')).to.equal(13);
    expect(ageOn('2012-02-29', '2026-03-01')).to.equal(14);
    expect(ageOn(undefined, '2026-03-10')).to.equal(undefined);
  });

  it('names a person by id: the current user, else a participant, else nothing (never the raw id)', () => {
    const participants = [{ id: 'p-ana', name: 'Ana' }];
    const currentUser = { id: 'worker-7', name: 'Sam Lee' };
    expect(personName('worker-7', { participants, currentUser })).to.equal('Sam Lee');
    expect(personName('p-ana', { participants, currentUser })).to.equal('Ana');
    expect(personName('p-gone', { participants, currentUser })).to.equal(undefined);
  });
});
