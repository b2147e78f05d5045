// The shared words in the other languages, against answers worked out by hand: each language's own
// plural forms, dates and lists, and the ids and filter names that must not change with the language.
import { describe, expect, it } from 'vitest';
import { statusChart, chartImageLabel } from '../../src/present/charts.ts';
import { changesSentence, communitySummary, timesMoved } from '../../src/present/community.ts';
import { glossary } from '../../src/present/glossary.ts';
import { labels } from '../../src/present/labels.ts';
import { methodologySections } from '../../src/present/methodology.ts';
import { clockSentence, medianWords, unknowns, waitingLabel } from '../../src/present/replies.ts';
import { pageFacets } from '../../src/present/search-facets.ts';
import { checkedWith } from '../../src/present/easy-read.ts';
import { wrapTables } from '../../src/present/scroll-tables.ts';
import type { CommitmentState } from '../../src/model/status.ts';
import { en, messagesIn } from '../helpers/messages.ts';

const tr = messagesIn('tr');
const pl = messagesIn('pl');
const ar = messagesIn('ar');

const waiting = (workingDays: number) =>
  ({ state: 'waiting', workingDays, standard: 20, due: '2026-11-17', pastBy: null }) as const;

describe('statuses in the reader’s language', () => {
  it('names a status and a flag in Turkish, Polish and Arabic', () => {
    expect(labels(tr).status['at-risk']).toBe('Risk altında');
    expect(labels(pl).flag.overdue).toBe('Po terminie');
    expect(labels(ar).status.delivered).toBe('تم التنفيذ');
  });
  it('keeps the English words as they were', () => {
    expect(labels(en).status['no-update']).toBe('No update yet');
    expect(labels(en).flag.stale).toBe('No recent update');
  });
});

describe('the reply clock in Polish and Arabic', () => {
  it('uses the Polish form for 1, for 2 to 4 (and 22 to 24) and for 5 and more', () => {
    expect(waitingLabel(pl, waiting(1))).toBe('Czeka na odpowiedź: 1 dzień roboczy');
    expect(waitingLabel(pl, waiting(3))).toBe('Czeka na odpowiedź: 3 dni robocze');
    expect(waitingLabel(pl, waiting(12))).toBe('Czeka na odpowiedź: 12 dni roboczych');
    expect(waitingLabel(pl, waiting(22))).toBe('Czeka na odpowiedź: 22 dni robocze');
  });
  it('uses the Arabic form for one, for two and for three to ten', () => {
    expect(medianWords(ar, 1)).toBe('يوم عمل واحد');
    expect(medianWords(ar, 2)).toBe('يوما عمل');
    expect(medianWords(ar, 3)).toBe('3 أيام عمل');
  });
  it('writes the due day in Turkish', () => {
    expect(clockSentence(tr, waiting(3))).toBe(
      'Henüz yanıt vermedik. 3 iş günü oldu; 17 Kasım 2026 tarihine kadar, 20 iş günü içinde yanıt vereceğimize söz verdik.',
    );
  });
});

describe('sentences about reviews and check-ins', () => {
  it('says how many commitments were reviewed, in Polish', () => {
    const counts = {
      commitments: 5,
      reviewed: 2,
      notReviewed: 3,
      byComparison: { agrees: 1, disputed: 1, 'found-more': 0, 'no-report': 0, 'too-early': 0 },
      involvementJudged: 0,
      involvementFlagged: 0,
    };
    expect(communitySummary(pl, counts)).toBe(
      'Osoby z własnym doświadczeniem oceniły 2 z 5 zobowiązań: w 1 zgodziły się z partnerem, a 1 zakwestionowały. Jeszcze nieocenione: 3.',
    );
  });
  it('says what changed since a check-in, in Turkish, starting with a capital letter', () => {
    expect(changesSentence(tr, { reached: [{ status: 'at-risk', count: 2 }], newlyMade: 0, unchanged: 4 })).toBe(
      '2 tanesi şimdi: risk altında; 4 tanesi aynı.',
    );
  });
  it('counts how often a deadline moved in Polish', () => {
    expect([timesMoved(pl, 1), timesMoved(pl, 3), timesMoved(pl, 5)]).toEqual(['raz', '3 razy', '5 razy']);
    expect([timesMoved(en, 1), timesMoved(en, 2), timesMoved(en, 3)]).toEqual(['once', 'twice', '3 times']);
  });
});

describe('charts in the reader’s language', () => {
  const state = (status: CommitmentState['status'], overdue: number | null = null) =>
    ({ status, overdue }) as CommitmentState;
  it('sums up the statuses in Arabic, with the form for two', () => {
    const spec = statusChart(ar, [state('delivered'), state('in-progress', 4)], 'الحالات');
    expect(spec.summary).toBe('نُفّذ 1 من التزامين؛ و1 تجاوز موعده، ويُحسب أيضًا ضمن حالته.');
    expect(spec.categories).toEqual(['قيد التنفيذ', 'تم التنفيذ']);
  });
  it('reads every figure of a chart to a screen reader in Polish', () => {
    const spec = statusChart(pl, [state('delivered'), state('delivered')], 'Statusy');
    expect(chartImageLabel(pl, spec)).toBe('Wykres słupkowy: zobowiązania. Zrealizowane: 2.');
  });
});

describe('pages that explain the words', () => {
  it('gives the methodology’s worked example with Turkish dates', () => {
    const overdue = methodologySections(tr, '2026-12-04').find((s) => s.id === 'overdue')!;
    expect(overdue.paragraphs[1]).toBe(
      'Örneğin son tarihi 31 Mart 2026 olan ve hâlâ “sürüyor” durumundaki bir taahhüdün süresi 1 Nisan 2026 tarihinden itibaren geçmiş sayılır; o tarihe kadar “yapıldı” durumuna gelmiş olanınki ise hiç geçmiş sayılmaz.',
    );
  });
  it('keeps every glossary term’s id the same in every language, so a link to a term works in each', () => {
    const ids = (m: typeof en) => glossary(m, 'YS-2025-014').flatMap((s) => s.terms.map((t) => t.id));
    for (const m of [tr, pl, ar]) expect(ids(m)).toEqual(ids(en));
    expect(ids(ar)).toContain('no-update-yet');
  });
  it('says in Arabic that the year is not over, with the form for one meeting', () => {
    const year = {
      year: 2026,
      complete: false,
      to: '2026-12-04',
      meetings: 1,
      livedUnrecorded: 1,
      rolesUnrecorded: 0,
      inputs: { replies: { unrecorded: 0 } },
    } as unknown as Parameters<typeof unknowns>[1];
    expect(unknowns(ar, year).slice(0, 2)).toEqual([
      'لم ينتهِ عام \u20682026\u2069 بعد: هذه الأرقام حتى \u20684 ديسمبر 2026\u2069.',
      'لم يُسجَّل في اجتماع واحد عدد من حضر من أصحاب التجربة الشخصية، لذا فالنسبة محسوبة من الاجتماعات الأخرى فقط.',
    ]);
  });
});

describe('search filters in the reader’s language', () => {
  it('files a page under its type in Turkish, so the Turkish search offers a Turkish filter', () => {
    expect(pageFacets(tr).filters.type).toEqual(['Sayfa']);
    expect(pageFacets(en).filters.type).toEqual(['Page']);
  });
});

describe('Easy Read and wide tables in the reader’s language', () => {
  it('says who checked the Easy Read words, with a Polish date', () => {
    expect(checkedWith(pl, 'Forum', '2026-11-10').map((line) => pl.t(line.k, line.values))).toEqual([
      'Osoby z niepełnosprawnością intelektualną sprawdziły ten tekst.',
      'Są z grupy Forum.',
      'Sprawdziły go 10 listopada 2026.',
    ]);
  });
  it('names a wide table and says how to scroll it, in Arabic', () => {
    expect(wrapTables(ar, '<h2>الشركاء</h2><table></table>')).toBe(
      '<h2>الشركاء</h2><section class="scroll-table" aria-label="جدول: \u2068الشركاء\u2069" tabindex="0"><p class="scroll-hint">مرّر إلى الجانب لترى الجدول كله.</p><table></table></section>',
    );
  });
});
