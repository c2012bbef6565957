export * from './analysis.ts';
export * from './claim.ts';
export * from './common.ts';
export * from './person.ts';
export * from './question.ts';
export * from './quote.ts';
export * from './report.ts';
export * from './story.ts';
