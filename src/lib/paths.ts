/** Site paths and in-page anchors, without the deployment's base path (see `src/data/site.ts`). */
export const paths = {
  home: () => '/',
  story: (story: string) => `/stories/${story}/`,
  report: (story: string, report: string) => `/stories/${story}/reports/${report}/`,
};

/** Anchor ids on the story page. Prefixed by kind, so a claim and a quote may share an id. */
export const anchors = {
  claim: (id: string) => `claim-${id}`,
  quote: (id: string) => `quote-${id}`,
  question: (id: string) => `question-${id}`,
  topic: (id: string) => `topic-${id}`,
};
