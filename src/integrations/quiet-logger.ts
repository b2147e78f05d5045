// Astro's own log, less one line for every page it writes: at 10,000 entries those are 10,000 lines
// that hide what a person needs (the content check's report, warnings, errors and the closing
// "N page(s) built in …"), and less one misleading warning (below). Everything else is passed to
// Astro's usual console output unchanged; no other warning and no error is dropped. Loaded by Node
// itself (astro.config.mjs `logger`), so it keeps to JavaScript that needs no compiling.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import { stripVTControlCharacters } from 'node:util';
import nodeLogger from 'astro/logger/node';

/** A page's line as Astro writes it while generating routes: "  ├─ /path/index.html", coloured or not. */
const PAGE_LINE = /^\s*[├└]─/;

/**
 * The rest of a page's line, written as a message of its own: its time ("(+12ms)", "(+1.20s)",
 * "(+1m 5s)") or "(cached)", "(restored)", with Astro's note when a page came out empty.
 */
const PAGE_TIME =
  /^\s*\((?:\+(?:\d+ms|\d+\.\d+s|\d+m \d+s)|cached|restored)\)(?:\s+\(file not created, response body was empty\))?\s*$/;

/**
 * Whether a message is part of a page's line: the page itself, or its time. Each is told on its own,
 * not by what came before it: with several pages rendered at once (astro.config.mjs
 * `build.concurrency`), a page's time is written after other pages' lines.
 */
export function isPageLine(message: AstroLoggerMessage): boolean {
  if (message.level !== 'info') return false;
  const text = stripVTControlCharacters(message.message);
  if (message.label === null) return !message.newLine && PAGE_LINE.test(text);
  return message.label === 'SKIP_FORMAT' && PAGE_TIME.test(text);
}

/**
 * Astro's warning when a collection has no entries: "The collection "reviews" does not exist or is
 * empty. Please check your content config file for errors." Every collection the pages read is
 * defined by the project's contract, so here it only ever means "nothing written yet", which is
 * how a partnership starts (no reviews, no translations), and its advice would send a volunteer
 * looking for an error that is not there.
 */
const EMPTY_COLLECTION =
  /^The collection "[^"]*" does not exist or is empty\. Please check your content config file for errors\.$/;

/** Whether a message is Astro's warning that a collection has no entries yet. */
export function isEmptyCollectionWarning(message: AstroLoggerMessage): boolean {
  return (
    message.level === 'warn' &&
    message.label === 'content' &&
    EMPTY_COLLECTION.test(stripVTControlCharacters(message.message))
  );
}

export default function quietLogger(config: { level?: AstroLoggerMessage['level'] } = {}): AstroLoggerDestination {
  const out = nodeLogger(config);
  return {
    write(message) {
      if (!isPageLine(message) && !isEmptyCollectionWarning(message)) out.write(message);
    },
  };
}
