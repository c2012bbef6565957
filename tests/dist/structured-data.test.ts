import { describe, expect, it } from 'vitest';
import { corpus, distFiles, jsonLd, sitePath } from './built-site.ts';
import { paths, sourcePath } from '../../src/model/paths.ts';

const TYPES = { person: 'Person', outlet: 'NewsMediaOrganization', platform: 'Organization', document: 'CreativeWork' };

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
        // Whoever a report attributes the claim to is its author (documents: what it is based on).
        const credited = [...new Set(claim.cells.flatMap((c) => c.attributedTo))];
        const expected = (kinds: (s: (typeof credited)[number]) => boolean) =>
          credited.filter(kinds).map((s) => ({ '@type': TYPES[s.kind], name: s.name, url: expect.any(String) as unknown }));
        const authors = expected((s) => s.kind !== 'document');
        const documents = expected((s) => s.kind === 'document');
        expect(ld!.author ?? []).toEqual(authors.map((a): unknown => expect.objectContaining(a)));
        expect(ld!.isBasedOn ?? []).toEqual(documents.map((a): unknown => expect.objectContaining(a)));
        for (const [i, source] of [...credited.filter((s) => s.kind !== 'document')].entries()) {
          expect(sitePath((ld!.author as { url: string }[])[i]!.url)).toBe(sourcePath(source));
        }
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
        // Where it was said: the outlet or platform that published it, and the programme.
        const venue = quote.venueRef;
        const publishers = [venue?.outlet, venue?.platform].flatMap((o) => (o ? [o] : []));
        if (venue) {
          expect(ld!.publication).toEqual({
            '@type': 'PublicationEvent',
            ...(venue.programme && { name: venue.programme }),
            ...(publishers.length > 0 && {
              publishedBy: publishers.map((o): unknown => expect.objectContaining({ '@type': TYPES[o.kind], name: o.name })),
            }),
          });
        } else {
          expect(ld!.publication).toBeUndefined();
        }
        // Who passed it on, when the report names them.
        const relays = [...new Set(quote.relayRefs.flatMap((r) => (r.source ? [r.source] : [])))];
        expect(ld!.contributor ?? []).toEqual(
          relays.map((s): unknown => expect.objectContaining({ '@type': TYPES[s.kind], name: s.name })),
        );
      }
    }
  });

  it('an outlet page is an organisation (a news outlet a NewsMediaOrganization), a document a CreativeWork', () => {
    expect(corpus.outlets.length).toBeGreaterThan(0);
    for (const outlet of corpus.outlets) {
      const file = `${paths.outlet(outlet.id).slice(1)}index.html`;
      const [ld] = jsonLd(file).filter((d) => d['@type'] === TYPES[outlet.kind]);
      expect(ld).toMatchObject({ name: outlet.name });
      expect(sitePath(ld!.url as string)).toBe(paths.outlet(outlet.id));
      expect(ld!.description).toBe(outlet.description);
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
