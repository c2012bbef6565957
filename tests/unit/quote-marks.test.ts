import { describe, expect, it } from 'vitest';
import { quotedPassages, unquotedText } from '../../src/model/quote-marks.ts';

const texts = (text: string) => quotedPassages(text).map((p) => p.text);

describe('quotedPassages', () => {
  it('finds passages in curly double and single marks, in order, with their offsets', () => {
    const text = 'It calls it “Friday’s Alaska summit” and ‘game changing’.';
    expect(quotedPassages(text)).toEqual([
      { text: 'Friday’s Alaska summit', start: 13, end: 35, unclosed: false },
      { text: 'game changing', start: 42, end: 55, unclosed: false },
    ]);
  });

  it('finds passages in straight double and single marks', () => {
    expect(texts('The reports say only "Monday" and \'soon\'.')).toEqual(['Monday', 'soon']);
  });

  it('keeps a nested quotation inside the outer passage, and returns only the outer one', () => {
    expect(texts('He “described it as ‘game changing’ on CNN” twice.')).toEqual([
      'described it as ‘game changing’ on CNN',
    ]);
    expect(texts('‘He said “no” twice’')).toEqual(['He said “no” twice']);
  });

  it('reads ’ between letters, or with no single quotation open, as an apostrophe', () => {
    expect(texts('Russia’s objection and the reports’ view, not quoted')).toEqual([]);
    expect(texts('the ’90s, rock ’n’ roll')).toEqual([]);
    expect(texts('“Russia’s objection”')).toEqual(['Russia’s objection']);
    expect(texts('‘Russia’s objection’ stands')).toEqual(['Russia’s objection']);
  });

  it('reads straight apostrophes the same way', () => {
    expect(texts("The Gazette's engineer and the reports' view")).toEqual([]);
    expect(texts("It says 'the Gazette's view' plainly")).toEqual(["the Gazette's view"]);
  });

  it('keeps line breaks inside a passage', () => {
    expect(texts('its “legislative\nenshrinement” of a pledge')).toEqual(['legislative\nenshrinement']);
  });

  it('reports a quotation that is never closed, up to the end of the text', () => {
    expect(quotedPassages('It says “never closed, and more')).toEqual([
      { text: 'never closed, and more', start: 9, end: 31, unclosed: true },
    ]);
  });

  it('ignores a closing mark with nothing open', () => {
    expect(texts('a stray ” mark and “a real one”')).toEqual(['a real one']);
  });
});

describe('unquotedText', () => {
  it('keeps our own words and drops the quoted ones', () => {
    expect(unquotedText('Credited to Witkoff “as per CNN”, it says.')).toBe('Credited to Witkoff  , it says.');
    expect(unquotedText('No quotation here.')).toBe('No quotation here.');
    expect(unquotedText('“all quoted”')).toBe(' ');
  });
});
