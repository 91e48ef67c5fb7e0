/**
 * A chart as a file to download (SVG, and the PNG drawn from it): the chart with its frame (title,
 * legend, source line, site address) and the light stylesheet embedded. Loaded on demand by the
 * chart script, so the page does not carry it until a reader downloads.
 */
import { chartCss } from './style.ts';
import { escapeXml, n, policySlot, symbolPath } from './svg.ts';
import { truncateText, wrapText, type TextStyle } from './text.ts';

/** One entry of a legend: a policy's symbol and colour, and its name. */
export interface LegendItem {
  index: number;
  label: string;
}

/** What a downloaded chart carries besides the chart: its title, legend, source and address. */
export interface Frame {
  title: string;
  legend: LegendItem[];
  /** “Source: <site> — targets extracted from the policy texts”. */
  source: string;
  /** The site's address. */
  url: string;
}

const FRAME_PAD = 12;

/**
 * A chart wrapped in its frame, as a standalone SVG file: the title on top, then the legend
 * (one policy a line, wrapped), the chart, and the source line and address at the bottom, with
 * the charts' light stylesheet embedded (a file is not read in the reader's dark mode).
 */
export function framedSvg(chart: { width: number; height: number; body: string }, frame: Frame): string {
  const e = escapeXml;
  const width = chart.width;
  const textWidthMax = width - 2 * FRAME_PAD;
  const title: TextStyle = { size: 16, bold: true };
  const parts: string[] = [];
  let y = FRAME_PAD;
  for (const line of wrapText(frame.title, textWidthMax, title, 3)) {
    y += 20;
    parts.push(`<text class="frame-title" x="${FRAME_PAD}" y="${n(y - 4)}" font-size="16">${e(line)}</text>`);
  }
  y += 6;
  for (const item of frame.legend) {
    const lines = wrapText(item.label, textWidthMax - 18, { size: 12 }, 2);
    parts.push(`<path class="legend-symbol policy-${policySlot(item.index)}" d="${symbolPath(item.index, FRAME_PAD + 6, y + 9, 5)}"/>`);
    for (const [i, line] of lines.entries()) parts.push(`<text class="legend-label" x="${FRAME_PAD + 18}" y="${n(y + 13 + i * 15)}" font-size="12">${e(line)}</text>`);
    y += lines.length * 15 + 4;
  }
  y += 6;
  const chartTop = y;
  y += chart.height + 8;
  const small: TextStyle = { size: 11 };
  for (const line of [...wrapText(frame.source, textWidthMax, small, 3), truncateText(frame.url, textWidthMax, small)]) {
    y += 15;
    parts.push(`<text class="frame-source" x="${FRAME_PAD}" y="${n(y - 3)}" font-size="11">${e(line)}</text>`);
  }
  const height = y + FRAME_PAD;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" aria-label="${e(frame.title)}">`,
    `<style>${chartCss({ page: false })}</style>`,
    `<title>${e(frame.title)}</title>`,
    `<rect class="frame-bg" x="0" y="0" width="${n(width)}" height="${n(height)}"/>`,
    ...parts,
    `<g transform="translate(0,${n(chartTop)})">${chart.body}</g>`,
    '</svg>',
  ].join('');
}

/** Draws an SVG file into a PNG at twice its size (for sharp text on high-density screens). */
export function svgToPng(svg: string): Promise<Blob> {
  const size = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(Number(size[1]) * 2);
      canvas.height = Math.ceil(Number(size[2]) * 2);
      const ctx = canvas.getContext('2d')!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  });
}
