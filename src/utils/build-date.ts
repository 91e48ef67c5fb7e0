/** The date the site is built (the reference for “has the plan period ended”); BUILD_DATE=YYYY-MM-DD makes builds reproducible (anything else is an error: scripts/build.ts checks it first). */
import { parseBuildDate } from '../lib/dates.ts';

export const BUILD_DATE = parseBuildDate(process.env.BUILD_DATE);
