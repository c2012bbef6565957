/**
 * People of the synthetic newsroom. Named people form one pool shared by every story, drawn with a
 * skew so a few recur in many stories (ministers, union leaders) and most in a handful, as in a real
 * archive. Unnamed sources are one person record per story: "a senior official" in one story is not
 * known to be the one in another.
 */
import type { Person } from '../../src/schemas/index.ts';
import type { Rng } from './prng.ts';
import { lowerFirst, slugify } from './text.ts';
import { ANONYMOUS, FIRST_NAMES, ROLES, SURNAMES } from './vocabulary.ts';

export interface PersonSpec extends Person {
  id: string;
  /** How a report's sentence names them, e.g. "Ada Moreno" or "a senior official". */
  mention: string;
}

/** Named people in a corpus of `stories` stories: enough that most recur, few enough to be shared. */
export function poolSize(stories: number): number {
  return 30 + Math.ceil(stories / 4);
}

/** The shared pool of named people, each with a unique id. */
export function namedPool(rng: Rng, size: number): PersonSpec[] {
  const pool: PersonSpec[] = [];
  const ids = new Set<string>();
  const initials = 'ABCDEFGHJKLMNPRSTVW';
  while (pool.length < size) {
    let name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    // Past the first/last-name combinations, a middle initial keeps names (and ids) unique.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- ASCII capitals: one letter each
    if (ids.has(slugify(name))) name = name.replace(' ', ` ${rng.pick([...initials])}. `);
    const id = slugify(name);
    if (ids.has(id)) continue;
    ids.add(id);
    pool.push({
      id,
      name,
      role: rng.pick(ROLES),
      roleSource: rng.chance(0.8) ? 'reports' : 'outside-context',
      anonymous: false,
      mention: name,
    });
  }
  return pool;
}

/** One story's cast: named people from the pool (earlier ones more often) and its unnamed sources. */
export function castFor(
  rng: Rng,
  pool: readonly PersonSpec[],
  storyId: string,
): { named: PersonSpec[]; anonymous: PersonSpec[] } {
  const named = new Map<string, PersonSpec>();
  const wanted = Math.min(pool.length, rng.int(3, 7));
  while (named.size < wanted) {
    // u^2 skews towards the start of the pool: a long tail of rarely quoted people.
    const person = pool[Math.floor(pool.length * rng.next() ** 2)];
    if (person) named.set(person.id, person);
  }
  const anonymous = rng.sample(ANONYMOUS, rng.int(1, 2)).map(({ name, role }) => ({
    id: `${slugify(name)}-${storyId}`,
    name,
    role,
    roleSource: 'reports' as const,
    anonymous: true,
    mention: lowerFirst(name),
  }));
  return { named: [...named.values()], anonymous };
}

/** The YAML record of a person: the schema's fields only. */
export function personRecord({ name, role, roleSource, anonymous }: PersonSpec): Person {
  return { name, role, roleSource, anonymous };
}
