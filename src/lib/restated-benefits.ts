/**
 * Benefits as a page lists them: a figure the text states again (a news report restates its offer in its lead, its
 * body and its last paragraph) is one line, with the number of times it is stated. benefits.json keeps each one.
 */
import type { Benefit } from '../data/schemas.ts';
import { groupBy } from './group.ts';

/** The benefits that read the same on a page — kind, figure, unit, comparator, basis and who qualifies — once each, in order, with the others' ids. */
export function restatedOnce(benefits: readonly Benefit[]): { benefit: Benefit; restated: Benefit[] }[] {
  const sameAs = (b: Benefit) => JSON.stringify([b.kind, b.value, b.valueMax, b.unit.zh, b.comparator, b.basis, b.eligibility]);
  return [...groupBy(benefits, sameAs).values()].map(([benefit, ...restated]) => ({ benefit: benefit!, restated }));
}
