/**
 * Outlet and platform records of the synthetic newsroom: every outlet and platform name in the
 * vocabulary becomes one record, written once per corpus when some story refers to it.
 */
import type { Outlet } from '../../src/schemas/index.ts';
import { slugify } from './text.ts';
import { OUTLETS, PLATFORMS } from './vocabulary.ts';

export interface OutletSpec extends Outlet {
  id: string;
}

/** The record id of an outlet or platform name; outlet names never collide with people's. */
export const outletId = (name: string): string => slugify(name);

/** Every outlet and platform record the generator may refer to, by id. */
export const OUTLET_RECORDS: ReadonlyMap<string, OutletSpec> = new Map(
  [
    ...OUTLETS.map((name): OutletSpec => ({
      id: outletId(name),
      name,
      kind: 'outlet',
      description: 'A news outlet (invented).',
    })),
    ...PLATFORMS.map((name): OutletSpec => ({
      id: outletId(name),
      name,
      kind: 'platform',
      description: 'A social platform (invented).',
    })),
  ].map((o) => [o.id, o]),
);

/** A record as its YAML file holds it (without the id, which is the file name). */
export function outletRecord({ name, kind, description }: OutletSpec): Outlet {
  return description === undefined ? { name, kind } : { name, kind, description };
}
