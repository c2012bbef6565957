import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/build/content-files.ts';
import { cellView, claimRow, claimSentence } from '../../src/model/view/claim.ts';

const alaska = loadCorpus('content').corpus.story('alaska-summit-2025')!;
const bridge = loadCorpus('tests/fixtures/content/valid').corpus.story('harbour-bridge')!;
const claim = (story: typeof alaska, id: string) => story.claims.find((c) => c.id === id)!;

describe('claim row view', () => {
  it('names the anchor, the own page, each stance in column order and only the reports that speak', () => {
    const row = claimRow(claim(alaska, 'trump-touts-big-progress'));
    expect(row.anchor).toBe('claim-trump-touts-big-progress');
    expect(row.path).toBe('/stories/alaska-summit-2025/claims/trump-touts-big-progress/');
    expect(row.cells.map((c) => [c.cell.report.id, c.stance])).toEqual([
      ['outcome-report', 'attributes'],
      ['weekend-diplomacy-report', 'silent'],
    ]);
    expect(row.speaking.map((c) => c.report.id)).toEqual(['outcome-report']);
    expect(row.sentence).toBe('Only the outcome report attributes it to Donald Trump');
  });

  it('links related claims by anchor with their agreement in running prose', () => {
    expect(claimRow(claim(alaska, 'russia-softened-on-territory')).related).toEqual([
      {
        anchor: 'claim-territory-thorniest-issue',
        path: '/stories/alaska-summit-2025/claims/territory-thorniest-issue/',
        text: 'Territorial control is one of the hardest issues still unresolved.',
        agreement: 'they disagree',
      },
    ]);
    expect(claimRow(claim(alaska, 'trump-touts-big-progress')).related).toEqual([]);
  });

  it('says a three-report row in one sentence, grouping nobody when each report differs', () => {
    expect(claimSentence(claim(bridge, 'reopens-monday'))).toBe(
      'Radio report states it; gazette report hedges it; cycling report attributes it to The Gazette',
    );
    expect(claimSentence(claim(bridge, 'wider-cycle-lane'))).toBe('Only the cycling report states it');
  });
});

describe('cell view', () => {
  it('lists attributions only for an attributing report, and opens the original at the evidence when the archive has its address', () => {
    const [radio, gazette, cycling] = claim(bridge, 'reopens-monday').cells.map(cellView);
    expect(radio!.stance).toBe('asserts');
    expect(radio!.attributedTo).toEqual([]);
    expect(radio!.original).toBeUndefined();
    expect(gazette!.stance).toBe('hedges');
    expect(gazette!.original).toBe(
      'https://example.org/news/bridge-reopening?ref=test#:~:text=the%20Harbour%20Bridge%20may%20reopen%20on%20Monday',
    );
    expect(cycling!.attributedTo.map((s) => s.id)).toEqual(['the-gazette']);
  });

  it('gives a silent report no original even when its report has an address', () => {
    const gazette = cellView(claim(bridge, 'wider-cycle-lane').cells[1]!);
    expect(gazette.stance).toBe('silent');
    expect(gazette.cell.report.url).toBeDefined();
    expect(gazette.original).toBeUndefined();
  });
});
