/** Builds a story's open-data export (see `src/schemas/export.ts` for its documented shape). */
import type { StoryExport } from '../schemas/export.ts';
import type { OutletView, PersonView, SourceView, StoryView } from './corpus.ts';
import { anchors, paths } from './paths.ts';

/** Turns a site path (and optional anchor) into an absolute URL. */
export type Absolute = (path: string, anchor?: string) => string;

/** Every person and outlet the story refers to (speakers, attributions, venues, relays), in order of first mention. */
function storySources(story: StoryView): { people: PersonView[]; outlets: OutletView[] } {
  const sources = new Set<SourceView>();
  for (const quote of story.quotes) {
    sources.add(quote.speakerRef);
    for (const outlet of [quote.venueRef?.outlet, quote.venueRef?.platform]) if (outlet) sources.add(outlet);
    for (const step of quote.relayRefs) if (step.source) sources.add(step.source);
  }
  for (const claim of story.claims) {
    for (const cell of claim.cells) for (const s of cell.attributedTo) sources.add(s);
    for (const s of claim.aboutRefs) sources.add(s);
  }
  const all = [...sources];
  return {
    people: all.filter((s): s is PersonView => s.kind === 'person'),
    outlets: all.filter((s): s is OutletView => s.kind !== 'person'),
  };
}

export function storyExport(story: StoryView, absolute: Absolute): StoryExport {
  const { people, outlets } = storySources(story);

  const { id, title, dek, events, topics } = story;
  return {
    $schema: absolute(paths.exportSchema()),
    story: { id, title, dek, events, topics, page: absolute(paths.story(id)) },
    reports: story.reportViews.map((r) => ({
      id: r.id,
      title: r.title,
      label: r.label,
      ...(r.publisher !== undefined && { publisher: r.publisher }),
      ...(r.byline !== undefined && { byline: r.byline }),
      ...(r.published !== undefined && { published: r.published }),
      ...(r.url !== undefined && { url: r.url }),
      archive: r.archive,
      page: absolute(paths.report(id, r.id)),
    })),
    claims: story.claims.map((c) => ({
      id: c.id,
      topic: c.topic,
      text: c.text,
      positions: c.positions,
      about: c.about,
      ...(c.sameness !== undefined && { sameness: c.sameness }),
      ...(c.conflict !== undefined && { conflict: c.conflict }),
      agreement: c.agreement,
      page: absolute(paths.claim(id, c.id)),
    })),
    quotes: story.quotes.map((q) => ({
      id: q.id,
      report: q.report,
      speaker: q.speaker,
      text: q.text,
      kind: q.kind,
      ...(q.venue !== undefined && { venue: q.venue }),
      relay: q.relay,
      topic: q.topic,
      claims: q.claims,
      ...(q.context !== undefined && { context: q.context }),
      firstHand: q.firstHand,
      page: absolute(paths.quote(id, q.id)),
    })),
    questions: story.questions.map((q) => ({
      id: q.id,
      text: q.text,
      raisedBy: q.raisedBy,
      claims: q.claims,
      status: q.status,
      ...(q.answer !== undefined && { answer: q.answer }),
      page: absolute(paths.story(id), anchors.question(q.id)),
    })),
    people: people.map(({ id: personId, name, role, roleSource, anonymous }) => ({
      id: personId,
      name,
      role,
      roleSource,
      anonymous,
      page: absolute(paths.person(personId)),
    })),
    outlets: outlets.map(({ id: outletId, name, kind, description }) => ({
      id: outletId,
      name,
      kind,
      ...(description !== undefined && { description }),
      page: absolute(paths.outlet(outletId)),
    })),
  };
}
