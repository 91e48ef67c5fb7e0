/**
 * Rule figure/page-date: a news or explainer page prints no 成文日期, but its page says when it was published —
 * the portal block's 发布日期, or a time stamp (2022/09/23 13:47, 15.05.2015 12:12, date 2025-10-17). When the
 * document has no date of its own, its figures are read as of that year: a figure of a year before it states where
 * things stood (rule figure/statistic). The date is never published as the document's: only the reading of figures
 * uses it, and the report says so.
 */
import { portalDate } from './portal-metadata.ts';

export interface PageDate {
  /** ISO date. */
  date: string;
  /** Where it was read: the portal block's field, or the line of a time stamp. */
  from: { field: string } | { line: number };
}

/** A date with a time of day (the page's time stamp), year first or day first, or a reader's `date 2025-10-17` line. */
const STAMPS: { re: RegExp; iso: (m: RegExpExecArray) => string }[] = [
  { re: /((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:T|\s)\s*\d{1,2}:\d{2}/, iso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\s+\d{1,2}:\d{2}/, iso: (m) => `${m[3]}-${m[2]}-${m[1]}` },
  { re: /^\s*date\s+((?:19|20)\d\d)-(\d{2})-(\d{2})\b/, iso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
];

/** Portal fields that give the page's publication date. */
const PUBLISHED_FIELDS = ['发布日期', '成文日期'];

/** The date the page was published: the portal block's 发布日期, else the first time stamp of its lines, or null. */
export function pageDate(fields: Record<string, string> | null, lines: readonly { line: number; text: string }[]): PageDate | null {
  for (const field of PUBLISHED_FIELDS) {
    const date = portalDate(fields?.[field]);
    if (date) return { date, from: { field } };
  }
  for (const { line, text } of lines) {
    const date = timeStampDate(text);
    if (date) return { date, from: { line } };
  }
  return null;
}

/** The ISO date of the first time stamp in a line (2022/09/23 13:47, 15.05.2015 12:12, date 2025-10-17), or null. */
export function timeStampDate(text: string): string | null {
  for (const { re, iso } of STAMPS) {
    const m = re.exec(text);
    const date = m ? portalDate(iso(m)) : null;
    if (date) return date;
  }
  return null;
}
