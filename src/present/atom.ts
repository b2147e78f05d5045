// Atom feeds (RFC 4287), written from a plain description of the feed. Every date in a feed is the
// day something happened (or, for <updated>, was changed), and every id is made from what the entry is about, so a feed reader sees
// the same entry as the same entry on every build, and a build on the same day writes the same bytes.
// A feed is one file for every reader, so its words are in the content's own language (see feeds.ts),
// which the feed states as site.yaml's locale, as the content language's pages do.
import { createHash } from 'node:crypto';
import { startOfDay } from '../model/zone-clock.ts';

export interface FeedEntry {
  /** What the entry is about, stable across builds (like `update/crisis-cafe-2026-10-19`): its id is made from it. */
  key: string;
  title: string;
  /** The day it happened, YYYY-MM-DD: the entry's <published>. */
  date: string;
  /**
   * The day it was last changed, when that is after `date`, like minutes corrected after the meeting:
   * the entry's <updated>, so a reader that saw it before is told.
   */
  updated?: string;
  /** The page on the site it links to. */
  path: string;
  /** One or two plain sentences. */
  summary: string;
  /** The entry's own text as HTML (already sanitised by the content check), when it has one. */
  html?: string;
  /** Labels a reader can sort by, like the partner or the status. */
  categories?: string[];
}

export interface FeedDoc {
  /** What the feed is about, stable across builds: its id is made from it. */
  key: string;
  title: string;
  subtitle: string;
  /** The feed's own address. */
  path: string;
  /** The page the feed follows. */
  page: string;
  /** Newest first. */
  entries: FeedEntry[];
  /** The day the feed last changed when it has no entries (its entries' newest day otherwise). */
  quietSince: string;
}

/** Who publishes the feeds and where: ids are unique to the partnership, links absolute when the site's address is known. */
export interface Publisher {
  partnership: string;
  /** The language the feeds' words are in, as site.yaml's `locale` states it (like `en-GB`). */
  locale: string;
  /** Like `https://portal.example.org`; undefined when the build was not told the site's address. */
  origin?: string;
  /** The clocks a day starts on (site.yaml's `timeZone`): a feed gives each day as its start there. */
  timeZone: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text made safe for XML: the five special characters escaped, and characters XML 1.0 cannot hold
 * at all (control characters, lone surrogates, U+FFFE/U+FFFF) removed.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * A UUID (version 5 form, from SHA-1) for `key` within this partnership: the same on every build
 * and any host, and different for another partnership using the same ids.
 */
export function stableUuid(namespace: string, key: string): string {
  const bytes = createHash('sha1').update(`${namespace}\n${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An address as a feed or calendar gives it: absolute when the site's address is known. */
export function absolute(path: string, origin: string | undefined): string {
  return origin ? new URL(path, origin).href : path;
}

/**
 * How many entries a feed holds: the newest. A feed reader fetches the whole file every time it
 * looks, often daily and on a phone's data, so a decade of a large partnership (the whole site's
 * feed was 8.6 MB at 10,000 entries) stays on the pages and in the open data, not in the feed.
 */
export const FEED_ENTRIES = 100;

/** The day an entry last changed: the day it happened, or the day it was changed since. */
export const lastChanged = (e: FeedEntry): string =>
  e.updated !== undefined && e.updated > e.date ? e.updated : e.date;

/**
 * Newest change first, and for entries of the same day by key, so the order never depends on the
 * order they were gathered in. An entry changed lately (corrected minutes) counts as new, so the
 * feed's newest 100 still carry it to its readers however old it is.
 */
export function newestEntriesFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => lastChanged(b).localeCompare(lastChanged(a)) || a.key.localeCompare(b.key));
}

/** The day a feed last changed: its newest entry's last change, or the day it has been quiet since. */
export function feedUpdated(doc: FeedDoc): string {
  return doc.entries.reduce<string>(
    (latest, e) => (lastChanged(e) > latest ? lastChanged(e) : latest),
    doc.entries[0] ? lastChanged(doc.entries[0]) : doc.quietSince,
  );
}

/** The feed as an Atom document. */
export function atomXml(doc: FeedDoc, publisher: Publisher): string {
  // Atom dates are moments: a day is given as its start on the partnership's clocks, not UTC's, so
  // a reader west of UTC is not shown the day before.
  const timestamp = (day: string) => startOfDay(day, publisher.timeZone);
  const id = (key: string) => `urn:uuid:${stableUuid(publisher.partnership, key)}`;
  const link = (path: string) => xmlText(absolute(path, publisher.origin));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(publisher.locale)}">`,
    `  <id>${id(`feed/${doc.key}`)}</id>`,
    `  <title>${xmlText(doc.title)}</title>`,
    `  <subtitle>${xmlText(doc.subtitle)}</subtitle>`,
    `  <updated>${timestamp(feedUpdated(doc))}</updated>`,
    `  <author><name>${xmlText(publisher.partnership)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${link(doc.path)}"/>`,
    `  <link rel="alternate" type="text/html" href="${link(doc.page)}"/>`,
  ];
  for (const e of newestEntriesFirst(doc.entries).slice(0, FEED_ENTRIES)) {
    lines.push(
      '  <entry>',
      `    <id>${id(e.key)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <updated>${timestamp(lastChanged(e))}</updated>`,
      `    <published>${timestamp(e.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${link(e.path)}"/>`,
      ...(e.categories ?? []).map((c) => `    <category term="${xmlText(c)}"/>`),
      `    <summary>${xmlText(e.summary)}</summary>`,
      ...(e.html ? [`    <content type="html">${xmlText(e.html)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
