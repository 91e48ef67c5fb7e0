/**
 * Label placement: boxes, and a greedy placer that gives each label the first of its candidate
 * positions that stays inside the chart and clear of every label and mark already placed
 * (Observable Plot's and OWID's approach), or drops it when none is free.
 */

/** An axis-aligned box in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies inside `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** A box grown by `d` on every side. */
export function inflate(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d };
}

/** What a box belongs to: labels never overlap anything; a mark may touch its own label. */
interface Occupied {
  box: Box;
  owner: string;
}

/**
 * The boxes placed so far (marks, labels, axis text), checked by every new placement. Boxes are
 * bucketed in horizontal bands so that a check looks only at boxes near it.
 */
export class Occupancy {
  private readonly bands = new Map<number, Occupied[]>();
  private static readonly BAND = 64;

  constructor(readonly bounds: Box) {}

  private bandsOf(b: Box): number[] {
    const out: number[] = [];
    for (let i = Math.floor(b.y / Occupancy.BAND); i <= Math.floor((b.y + b.height) / Occupancy.BAND); i++) out.push(i);
    return out;
  }

  /** Marks a box as taken by `owner`. */
  add(box: Box, owner: string): void {
    for (const i of this.bandsOf(box)) {
      let band = this.bands.get(i);
      if (!band) this.bands.set(i, (band = []));
      band.push({ box, owner });
    }
  }

  /** Whether a box is inside the bounds and overlaps nothing but what `owner` itself holds. */
  free(box: Box, owner: string): boolean {
    if (!inside(box, this.bounds)) return false;
    for (const i of this.bandsOf(box)) for (const o of this.bands.get(i) ?? []) if (o.owner !== owner && intersects(o.box, box)) return false;
    return true;
  }

  /** Takes the first free candidate for `owner` and returns its index, or -1 when none is free. */
  place(candidates: Box[], owner: string): number {
    const i = candidates.findIndex((c) => this.free(c, owner));
    if (i >= 0) this.add(candidates[i]!, owner);
    return i;
  }
}
