/** Sizes and breakpoints the charts, their pages and their script share (one place for each number). */

/** Below this width (px) the timeline is a vertical list by year instead of rows across a year axis. */
export const NARROW_BELOW = 560;

/** Width of the server-rendered wide timeline (the client redraws it at the width it gets). */
export const WIDE_WIDTH = 960;

/** Width of the server-rendered narrow timeline: drawn at most this wide, shrunk (to 0.96 on a 320 px screen, content 288 px) never stretched. */
export const NARROW_WIDTH = 300;

/** Width of a small series chart. */
export const SERIES_WIDTH = 300;

/** Number of policy colours (and symbols) before they repeat. */
export const PALETTE_SIZE = 5;
