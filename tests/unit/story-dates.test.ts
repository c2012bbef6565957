import { describe, expect, it } from 'vitest';
import { storyDateSpan } from '../../src/model/story-dates.ts';

const event = (date: string, dateSource: 'stated' | 'outside-context') => ({
  date,
  label: 'An event',
  dateSource,
  reports: ['a'],
});

describe('storyDateSpan', () => {
  it('spans the earliest to the latest event, whatever their order', () => {
    const span = storyDateSpan([event('2025-08-18', 'stated'), event('2025-08-15', 'stated')]);
    expect(span).toEqual({ first: '2025-08-15', last: '2025-08-18', outsideContext: 'none' });
  });
  it('says whether all, some or none of the dates come from outside context', () => {
    expect(storyDateSpan([event('2025-08-15', 'outside-context')]).outsideContext).toBe('all');
    expect(storyDateSpan([event('2025-08-15', 'outside-context'), event('2025-08-16', 'stated')]).outsideContext).toBe(
      'some',
    );
  });
});
