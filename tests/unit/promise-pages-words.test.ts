// The words of the pages about promises (home, vision, commitments, partners, updates, search) in
// each language: counts agree with their number as each language says it, and percentages and
// dates are written as each language writes them. The answers were worked out by hand.
import { describe, expect, it } from 'vitest';
import { en, messagesIn } from '../helpers/messages.ts';

const tr = messagesIn('tr');
const pl = messagesIn('pl');
const ar = messagesIn('ar');

describe('the home page’s count of commitments', () => {
  it('reads in English as it always has', () => {
    expect(en.t('home.standing', { count: 12, date: en.date('2026-12-04') })).toBe(
      'Partners have made 12 commitments towards the vision. This is where they stand on 4 December 2026.',
    );
  });
  it('takes the Polish form for 1, for 2 to 4 and 22 to 24, and for 5 to 21', () => {
    const made = (count: number) => pl.t('home.standing', { count, date: pl.date('2026-12-04') });
    expect(made(1)).toContain('podjęli 1 zobowiązanie na rzecz wizji');
    expect(made(3)).toContain('podjęli 3 zobowiązania na rzecz wizji');
    expect(made(22)).toContain('podjęli 22 zobowiązania na rzecz wizji');
    expect(made(5)).toContain('podjęli 5 zobowiązań na rzecz wizji');
    expect(made(12)).toContain('podjęli 12 zobowiązań na rzecz wizji');
  });
  it('writes the day in Polish, with the month as Polish says it after a day', () => {
    expect(pl.t('home.standing', { count: 5, date: pl.date('2026-12-04') })).toMatch(/na dzień 4 grudnia 2026\.$/);
  });
});

describe('the count of overdue commitments', () => {
  it('says “is” for one commitment and “are” for more in English', () => {
    expect(en.t('commitments.overdueIntro', { count: 1 })).toMatch(/: 1 commitment is overdue\.$/);
    expect(en.t('commitments.overdueIntro', { count: 3 })).toMatch(/: 3 commitments are overdue\.$/);
  });
  it('takes the Arabic dual for two, the plural for three to ten and the singular accusative for eleven', () => {
    expect(ar.t('commitments.overdueIntro', { count: 2 })).toMatch(/يوجد التزامان متأخران\.$/);
    expect(ar.t('commitments.overdueIntro', { count: 3 })).toMatch(/يوجد 3 التزامات متأخرة\.$/);
    expect(ar.t('commitments.overdueIntro', { count: 11 })).toMatch(/يوجد 11 التزامًا متأخرًا\.$/);
  });
  it('says there are none in Arabic rather than writing a nought', () => {
    expect(ar.t('commitments.overdueIntro', { count: 0 })).toMatch(/لا يوجد أي التزام متأخر\.$/);
  });
});

describe('the count of updates', () => {
  it('says “is” for one update in English, where it once said “are 1 updates”', () => {
    expect(en.t('updates.intro', { count: 1 })).toMatch(/There is 1 update\.$/);
    expect(en.t('updates.intro', { count: 40 })).toMatch(/There are 40 updates\.$/);
  });
  it('takes the Polish form for 2 to 4 and for 5 and over', () => {
    expect(pl.t('updates.intro', { count: 4 })).toMatch(/Są 4 aktualizacje\.$/);
    expect(pl.t('updates.intro', { count: 25 })).toMatch(/Jest 25 aktualizacji\.$/);
  });
});

describe('a percentage done', () => {
  it('puts the sign after the number in English', () => {
    expect(en.t('commitment.progressLatest', { progress: 40 })).toBe('40% (from the latest update)');
    expect(en.t('update.progressDone', { progress: 75 })).toBe('75% done');
  });
  it('puts the sign before the number in Turkish', () => {
    expect(tr.t('update.progressDone', { progress: 75 })).toBe('%75 tamamlandı');
  });
});

describe('a sentence with a link inside', () => {
  it('keeps the link where Turkish puts it: the commitment first, then “update”', () => {
    expect(tr.parts('update.on', { commitment: 'Crisis café' })).toEqual([
      { tag: 'link', text: 'Crisis café' },
      ' hakkında güncelleme',
    ]);
  });
  it('keeps a page’s count of a partner’s commitments and the link about the partner in one English sentence', () => {
    expect(en.parts('commitments.fromPartnerIntro', { partner: 'Wrenfold Council', count: 1204 })).toEqual([
      'Every commitment Wrenfold Council made, by title: 1,204 in all. ',
      { tag: 'link', text: 'About Wrenfold Council and its scorecard' },
      '.',
    ]);
  });
});
