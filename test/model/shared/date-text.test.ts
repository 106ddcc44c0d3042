import { expect } from '@open-wc/testing';
import { parseDateText } from '../../../src/model/shared/date-text.js';

describe('parseDateText: a typed date in the locale order, as the stored ISO date', () => {
  it('reads the parts in the order given, with any separator, and pads them', () => {
    expect(parseDateText('4/7/2026', 'mdy')).to.equal('2026-04-07');
    expect(parseDateText('4/7/2026', 'dmy')).to.equal('2026-07-04');
    expect(parseDateText(' 31.05.2026 ', 'dmy')).to.equal('2026-05-31');
    expect(parseDateText('2026/5/31', 'ymd')).to.equal('2026-05-31');
  });

  it('always takes an ISO date as one', () => {
    expect(parseDateText('2026-05-31', 'mdy')).to.equal('2026-05-31');
    expect(parseDateText('2026-05-31', 'dmy')).to.equal('2026-05-31');
  });

  it('refuses what is not a real date', () => {
    for (const text of ['02/30/2026', '13/01/2026', '1/1/26', 'next week', '', '1/2', '1/2/3/2026', '2026-02-29']) expect(parseDateText(text, 'mdy'), text).to.equal(undefined);
    expect(parseDateText('2028-02-29', 'mdy'), 'a leap day').to.equal('2028-02-29');
  });
});
