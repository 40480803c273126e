// The SQL console's limits, in a module of their own so that the page can show them without loading the
// engine. (The memory limit itself is SEALED_MEMORY_LIMIT in db.ts.)

/** At most this many rows are drawn on screen; the downloads hold the whole result. */
export const RENDER_ROWS = 1_000;
/** At most this many rows (or bytes) of a result are fetched from the engine into the page. */
export const MAX_RESULT_ROWS = 1_000_000;
export const MAX_RESULT_BYTES = 256 * 1024 * 1024;
/** A query that runs longer than this is cancelled. */
export const TIME_LIMIT_MS = 120_000;
