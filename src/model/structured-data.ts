/**
 * schema.org JSON-LD for each kind of page: AnalysisNewsArticle for a story, Claim with one
 * appearance per speaking report, Quotation with its speaker, Person, outlets as organisations
 * (a document as a CreativeWork), and BreadcrumbList trails. Reports' unknown metadata is left
 * out, never filled in.
 */
import type { ClaimView, OutletView, PersonView, QuoteView, ReportView, SourceView, StoryView } from './corpus.ts';
import type { Absolute } from './export.ts';
import { paths } from './paths.ts';

type Thing = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

/** A report as a CreativeWork, with only what its archived copy records. */
function reportWork(report: ReportView, absolute: Absolute): Thing {
  return {
    '@type': 'NewsArticle',
    name: report.title,
    ...(report.url && { url: report.url }),
    ...(report.publisher && { publisher: { '@type': 'Organization', name: report.publisher } }),
    ...(report.byline && { author: { '@type': 'Person', name: report.byline } }),
    ...(report.published && { datePublished: report.published }),
    mainEntityOfPage: absolute(paths.report(report.storyId, report.id)),
  };
}

function personThing(person: PersonView, absolute: Absolute): Thing {
  return { '@type': 'Person', name: person.name, jobTitle: person.role, url: absolute(paths.person(person.id)) };
}

/**
 * schema.org types by kind: a news outlet is a NewsMediaOrganization, a platform an Organization
 * (the company behind it), and a document, which is written rather than an agent, a CreativeWork.
 */
const outletType = { outlet: 'NewsMediaOrganization', platform: 'Organization', document: 'CreativeWork' } as const;

function outletThing(outlet: OutletView, absolute: Absolute): Thing {
  return {
    '@type': outletType[outlet.kind],
    name: outlet.name,
    ...(outlet.description && { description: outlet.description }),
    url: absolute(paths.outlet(outlet.id)),
  };
}

/** A person as a Person, an outlet as an Organization (or a document as a CreativeWork). */
function sourceThing(source: SourceView, absolute: Absolute): Thing {
  return source.kind === 'person' ? personThing(source, absolute) : outletThing(source, absolute);
}

/** Each source once, in order of first mention. */
function distinct(sources: readonly SourceView[]): SourceView[] {
  return [...new Set(sources)];
}

export function storyLd(story: StoryView, absolute: Absolute, siteName: string): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'AnalysisNewsArticle',
    headline: story.title,
    description: story.dek,
    url: absolute(paths.story(story.id)),
    image: absolute(paths.shareImage(paths.story(story.id))),
    publisher: { '@type': 'Organization', name: siteName },
    isBasedOn: story.reportViews.map((r) => reportWork(r, absolute)),
    about: story.topics.map((t) => ({ '@type': 'Thing', name: t.label })),
  };
}

/**
 * A claim, with one appearance per speaking report. Whoever a report attributes it to is its
 * `author` (a person or an organisation); a document, which cannot author, is what it `isBasedOn`.
 */
export function claimLd(claim: ClaimView, absolute: Absolute): Thing {
  const credited = distinct(claim.cells.flatMap((cell) => cell.attributedTo));
  const authors = credited.filter((s) => s.kind !== 'document');
  const documents = credited.filter((s) => s.kind === 'document');
  return {
    '@context': CONTEXT,
    '@type': 'Claim',
    text: claim.text,
    url: absolute(paths.claim(claim.storyId, claim.id)),
    ...(authors.length > 0 && { author: authors.map((s) => sourceThing(s, absolute)) }),
    ...(documents.length > 0 && { isBasedOn: documents.map((s) => sourceThing(s, absolute)) }),
    appearance: claim.cells.flatMap(({ report, position }) =>
      position ? [{ ...reportWork(report, absolute), text: position.evidence }] : [],
    ),
  };
}

/**
 * A quotation by its speaker. Where it was said is its `publication` (published by the outlet or
 * platform, with the programme's name); the named intermediaries that passed it on are its
 * `contributor`s. Unnamed intermediaries are left out.
 */
export function quoteLd(quote: QuoteView, absolute: Absolute): Thing {
  const venue = quote.venueRef;
  const publishers = [venue?.outlet, venue?.platform].flatMap((o) => o ?? []);
  const relays = distinct(quote.relayRefs.flatMap((step) => step.source ?? []));
  return {
    '@context': CONTEXT,
    '@type': 'Quotation',
    text: quote.text,
    url: absolute(paths.quote(quote.storyId, quote.id)),
    creator: personThing(quote.speakerRef, absolute),
    ...(venue && {
      publication: {
        '@type': 'PublicationEvent',
        ...(venue.programme && { name: venue.programme }),
        ...(publishers.length > 0 && { publishedBy: publishers.map((o) => outletThing(o, absolute)) }),
      },
    }),
    ...(relays.length > 0 && { contributor: relays.map((s) => sourceThing(s, absolute)) }),
    isPartOf: reportWork(quote.reportRef, absolute),
  };
}

export function personLd(person: PersonView, absolute: Absolute): Thing {
  return { '@context': CONTEXT, ...personThing(person, absolute) };
}

export function outletLd(outlet: OutletView, absolute: Absolute): Thing {
  return { '@context': CONTEXT, ...outletThing(outlet, absolute) };
}

export function breadcrumbLd(trail: readonly { name: string; path: string }[], absolute: Absolute): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absolute(crumb.path),
    })),
  };
}

export function websiteLd(site: { name: string; description: string }, absolute: Absolute): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: absolute(paths.home()),
  };
}

/** The indexes' lists: the home page's stories, the people, the outlets. */
export const indexLd = {
  stories: (stories: readonly StoryView[], absolute: Absolute) =>
    itemListLd(
      'Stories',
      stories.map((s) => ({ name: s.title, path: paths.story(s.id) })),
      absolute,
    ),
  people: (people: readonly PersonView[], absolute: Absolute) =>
    itemListLd(
      'People',
      people.map((p) => ({ name: p.name, path: paths.person(p.id) })),
      absolute,
    ),
  outlets: (outlets: readonly OutletView[], absolute: Absolute) =>
    itemListLd(
      'Outlets',
      outlets.map((o) => ({ name: o.name, path: paths.outlet(o.id) })),
      absolute,
    ),
};

/** The home page's: the site itself on its first page, then its stories. */
export function homeLd(
  stories: readonly StoryView[],
  page: number,
  site: { name: string; description: string },
  absolute: Absolute,
): Thing[] {
  return [...(page === 1 ? [websiteLd(site, absolute)] : []), indexLd.stories(stories, absolute)];
}

/** A list page (stories, people) as an ItemList of links. */
export function itemListLd(name: string, items: readonly { name: string; path: string }[], absolute: Absolute): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      url: absolute(item.path),
    })),
  };
}
