/**
 * schema.org JSON-LD for each kind of page: AnalysisNewsArticle for a story, Claim with one
 * appearance per speaking report, Quotation with its speaker, Person, and BreadcrumbList trails.
 * Reports' unknown metadata is left out, never filled in.
 */
import type { ClaimView, PersonView, QuoteView, ReportView, StoryView } from './corpus.ts';
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

export function claimLd(claim: ClaimView, absolute: Absolute): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Claim',
    text: claim.text,
    url: absolute(paths.claim(claim.storyId, claim.id)),
    appearance: claim.cells.flatMap(({ report, position }) =>
      position ? [{ ...reportWork(report, absolute), text: position.evidence }] : [],
    ),
  };
}

export function quoteLd(quote: QuoteView, absolute: Absolute): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Quotation',
    text: quote.text,
    url: absolute(paths.quote(quote.storyId, quote.id)),
    creator: personThing(quote.speakerRef, absolute),
    isPartOf: reportWork(quote.reportRef, absolute),
  };
}

export function personLd(person: PersonView, absolute: Absolute): Thing {
  return { '@context': CONTEXT, ...personThing(person, absolute) };
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
