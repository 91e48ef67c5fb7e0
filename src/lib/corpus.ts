/** Facts about the corpus the site covers, shared by pages, charts and the feed. */

/** The first year of the corpus's plans (the 2015 action plan): the start of the full targets timeline and its year filters. */
export const FIRST_YEAR = 2015;
