import { z } from 'astro/zod';
import { analysisSchema, personSchema, reportSchema, storySchema, outletSchema } from '../src/schemas/index.ts';
for (const [n, s] of Object.entries({ analysisSchema, personSchema, reportSchema, storySchema, outletSchema })) {
  try { const j = z.toJSONSchema(s as z.ZodType, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }); console.log(n, JSON.stringify(j).length); if (n==='reportSchema'||n==='personSchema') console.log(JSON.stringify(j,null,1)); }
  catch (e) { console.log(n, 'ERR', (e as Error).message); }
}
