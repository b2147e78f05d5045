import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AstroLoggerMessage } from 'astro';
import { isEmptyCollectionWarning, isPageLine } from '../../src/integrations/quiet-logger.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});

/** The messages that pass, as Astro writes them while generating routes. */
const passed = (messages: AstroLoggerMessage[]) => messages.filter((m) => !isPageLine(m)).map((m) => m.message);

describe('the quiet build log', () => {
  it('drops each page written and its time, and keeps the heading and the summary', () => {
    expect(
      passed([
        info('SKIP_FORMAT', '\n generating static routes '),
        info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/actions/index.html\u001b[22m', false),
        info('SKIP_FORMAT', ' \u001b[2m(+54ms)\u001b[22m '),
        info(null, '  ├─ /updates/index.html', false),
        info('SKIP_FORMAT', ' (cached)'),
        info(null, '✓ Completed in 3.97s.\n'),
        info('build', '157 page(s) built in 15.30s'),
      ]),
    ).toEqual(['\n generating static routes ', '✓ Completed in 3.97s.\n', '157 page(s) built in 15.30s']);
  });

  it('never drops a warning or an error, even in the middle of a page line', () => {
    expect(
      passed([
        info(null, '  ├─ /a/index.html', false),
        { label: 'build', level: 'warn', message: 'something to look at', newLine: true },
        { label: null, level: 'error', message: '  ├─ looks like a page line', newLine: false },
      ]),
    ).toEqual(['something to look at', '  ├─ looks like a page line']);
  });

  it('drops the pages and their times when several pages are written at once, their times coming later', () => {
    expect(
      passed([
        info('SKIP_FORMAT', '\n generating static routes '),
        info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/a/index.html\u001b[22m', false),
        info(null, '  ├─ /b/index.html', false),
        info(null, '  ├─ /c/index.html', false),
        info('SKIP_FORMAT', ' \u001b[2m(+30ms)\u001b[22m '),
        info('SKIP_FORMAT', ' \u001b[31m(+1.20s)\u001b[39m '),
        info('SKIP_FORMAT', ' (+1m 5s) \u001b[33m(file not created, response body was empty)\u001b[39m'),
        info('SKIP_FORMAT', ' (restored)'),
        info(null, '✓ Completed in 1.78s.\n'),
      ]),
    ).toEqual(['\n generating static routes ', '✓ Completed in 1.78s.\n']);
  });

  it('keeps every other message Astro writes unformatted, whatever it says', () => {
    fc.assert(
      fc.property(fc.string(), (words) => {
        const message = info('SKIP_FORMAT', ` ${words} `);
        // Only a page's own time, or "(cached)" / "(restored)", is the rest of a page's line.
        fc.pre(!/^\s*\((?:\+[\dm .]+s|cached|restored)\)/.test(words));
        expect(passed([message])).toEqual([message.message]);
      }),
    );
    expect(passed([info('SKIP_FORMAT', ' generating optimized images ')])).toEqual([' generating optimized images ']);
    expect(passed([info('SKIP_FORMAT', ' (+12ms) and then something else ')])).toHaveLength(1);
  });

  it('keeps a line that only starts like a page line but ends its own line', () => {
    expect(passed([info(null, '  ├─ a tree drawn in a message')])).toEqual(['  ├─ a tree drawn in a message']);
  });

  it('drops the warning that a collection has no entries yet, as a new partnership has none', () => {
    const empty = (label: string | null, message: string): AstroLoggerMessage => ({
      label,
      level: 'warn',
      message,
      newLine: true,
    });
    const astroWords = (name: string) =>
      `The collection "${name}" does not exist or is empty. Please check your content config file for errors.`;
    expect(isEmptyCollectionWarning(empty('content', astroWords('translations')))).toBe(true);
    expect(isEmptyCollectionWarning(empty('content', `\u001b[33m${astroWords('reviews')}\u001b[39m`))).toBe(true);
    // Any other warning of the content layer, the same words from elsewhere, or more words, still show.
    expect(isEmptyCollectionWarning(empty('content', 'Invalid data in the collection "reviews"'))).toBe(false);
    expect(isEmptyCollectionWarning(empty('build', astroWords('reviews')))).toBe(false);
    expect(isEmptyCollectionWarning(empty('content', `${astroWords('reviews')} And something else.`))).toBe(false);
    expect(isEmptyCollectionWarning({ ...empty('content', astroWords('reviews')), level: 'error' })).toBe(false);
  });
});
