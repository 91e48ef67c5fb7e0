/** A linear scale (the part of d3-scale's scaleLinear the charts use): value → position, its inverse, and round ticks. */

export interface LinearScale {
  (value: number): number;
  invert(position: number): number;
  domain: [number, number];
  range: [number, number];
  /** About `count` round values across the domain (1, 2 or 5 × a power of ten apart). */
  ticks(count: number): number[];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => (k === 0 ? (r0 + r1) / 2 : r0 + (v - d0) * k)) as LinearScale;
  scale.invert = (p: number) => (k === 0 ? d0 : d0 + (p - r0) / k);
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  scale.ticks = (count: number) => {
    const lo = Math.min(d0, d1);
    const hi = Math.max(d0, d1);
    if (!(hi > lo) || count < 1) return [lo];
    const raw = (hi - lo) / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
    const out: number[] = [];
    // integer multiples of the step, so that 0.1 + 0.2 never leaks into a label
    for (let i = Math.ceil(lo / step); i * step <= hi + step * 1e-9; i++) out.push(Number((i * step).toPrecision(12)));
    return out;
  };
  return scale;
}
