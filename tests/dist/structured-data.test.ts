import { describe, expect, it } from 'vitest';
import { corpus, distFiles, jsonLd } from './built-site.ts';

const pages = distFiles().filter((f) => f.endsWith('.html') && f !== '404.html');
const types = (file: string) => jsonLd(file).map((d) => d['@type']);

describe('JSON-LD', () => {
  it.each(pages)('%s has parseable schema.org JSON-LD', (file) => {
    const data = jsonLd(file);
    expect(data.length).toBeGreaterThan(0);
    for (const item of data) expect(item['@context']).toBe('https://schema.org');
  });

  it('a story is an AnalysisNewsArticle based on each of its reports', () => {
    for (const story of corpus.stories) {
      const [article] = jsonLd(`stories/${story.id}/index.html`).filter((d) => d['@type'] === 'AnalysisNewsArticle');
      expect(article).toMatchObject({ headline: story.title, description: story.dek });
      expect((article!.isBasedOn as unknown[]).length).toBe(story.reportViews.length);
      expect(types(`stories/${story.id}/index.html`)).toContain('BreadcrumbList');
    }
  });

  it('a claim is a Claim with one appearance per report that speaks to it', () => {
    for (const story of corpus.stories) {
      for (const claim of story.claims) {
        const [ld] = jsonLd(`stories/${story.id}/claims/${claim.id}/index.html`).filter((d) => d['@type'] === 'Claim');
        expect(ld!.text).toBe(claim.text);
        const appearance = ld!.appearance as { text: string }[];
        expect(appearance.map((a) => a.text).sort()).toEqual(
          Object.values(claim.positions)
            .map((p) => p.evidence)
            .sort(),
        );
      }
    }
  });

  it('a quote is a Quotation with its speaker as a Person', () => {
    for (const story of corpus.stories) {
      for (const quote of story.quotes) {
        const [ld] = jsonLd(`stories/${story.id}/quotes/${quote.id}/index.html`).filter(
          (d) => d['@type'] === 'Quotation',
        );
        expect(ld).toMatchObject({ text: quote.text, creator: { '@type': 'Person', name: quote.speakerRef.name } });
      }
    }
  });

  it('a person page is a Person', () => {
    for (const person of corpus.people) {
      expect(jsonLd(`people/${person.id}/index.html`)).toContainEqual(
        expect.objectContaining({ '@type': 'Person', name: person.name, jobTitle: person.role }),
      );
    }
  });

  it('unknown report metadata is left out, never filled in', () => {
    for (const story of corpus.stories) {
      const [article] = jsonLd(`stories/${story.id}/index.html`);
      for (const [i, report] of story.reportViews.entries()) {
        const work = (article!.isBasedOn as Record<string, unknown>[])[i]!;
        expect('url' in work).toBe(report.url !== undefined);
        expect('publisher' in work).toBe(report.publisher !== undefined);
        expect('datePublished' in work).toBe(report.published !== undefined);
      }
    }
  });
});
