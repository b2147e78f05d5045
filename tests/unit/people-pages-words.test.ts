// The words of the pages about people and meetings, in each language: a number agrees with its
// word as each language needs (Polish has three forms, Arabic six), and the English reads as it did
// when the pages wrote it themselves.
import { describe, expect, it } from 'vitest';
import { catalogue as catalogueOf, en, messagesIn } from '../helpers/messages.ts';

const tr = messagesIn('tr');
const pl = messagesIn('pl');
const ar = messagesIn('ar');
/** A sentence with a link inside, as a reader hears it: the link's words in place. */
const said = (parts: ReturnType<typeof en.parts>) =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

describe('the reply promise on the you said, we did page', () => {
  it('says one working day and five working days in English, as before', () => {
    expect(en.t('youSaid.promise', { days: 1 })).toBe(
      'We promise to reply within 1 working day (Monday to Friday, not bank holidays).',
    );
    expect(en.t('youSaid.promise', { days: 5 })).toBe(
      'We promise to reply within 5 working days (Monday to Friday, not bank holidays).',
    );
  });
  it('uses the Polish genitive plural for five days and the Arabic dual for two', () => {
    expect(pl.t('youSaid.promise', { days: 5 })).toBe(
      'Obiecujemy odpowiedzieć w ciągu 5 dni roboczych (od poniedziałku do piątku, bez dni ustawowo wolnych).',
    );
    expect(ar.t('youSaid.promise', { days: 2 })).toBe(
      'نعد بالرد خلال يومي عمل (من الاثنين إلى الجمعة، دون العطل الرسمية).',
    );
  });
});

describe('who took part in a review', () => {
  it('says person or people in English, as before', () => {
    expect(en.t('reviews.participants', { count: 1 })).toBe('1 person with lived experience');
    expect(en.t('reviews.participants', { count: 12 })).toBe('12 people with lived experience');
  });
  it('gives Polish its three forms: 1 osoba, 3 osoby, 12 osób, 22 osoby', () => {
    expect(pl.t('reviews.participants', { count: 1 })).toBe('1 osoba z własnym doświadczeniem');
    expect(pl.t('reviews.participants', { count: 3 })).toBe('3 osoby z własnym doświadczeniem');
    expect(pl.t('reviews.participants', { count: 12 })).toBe('12 osób z własnym doświadczeniem');
    expect(pl.t('reviews.participants', { count: 22 })).toBe('22 osoby z własnym doświadczeniem');
  });
});

describe("a group's actions", () => {
  it('reads as before in English: 1 action; 1 is still open, and 4 actions; 2 are still open', () => {
    expect(said(en.parts('groups.actionsCount', { count: 1, open: 1 }))).toBe(
      'This group has agreed 1 action; 1 is still open. See every action.',
    );
    expect(said(en.parts('groups.actionsCount', { count: 4, open: 2 }))).toBe(
      'This group has agreed 4 actions; 2 are still open. See every action.',
    );
  });
  it('uses the Arabic dual for two actions and the singular for one still open', () => {
    expect(said(ar.parts('groups.actionsCount', { count: 2, open: 1 }))).toBe(
      'اتفقت هذه المجموعة على مهمتين؛ وما زالت مهمة واحدة مفتوحة. اطلع على كل المهام.',
    );
  });
});

describe("the year's involvement report", () => {
  it('writes the last day of the year so far as Turkish writes a date', () => {
    expect(tr.t('involvement.yearIntro', { partnership: 'Wrenfold', date: tr.date('2026-11-30') })).toBe(
      'Wrenfold: 1 Ocak’tan 30 Kasım 2026 tarihine kadar yapılan toplantılar, kimlerin geldiği, insanların bize ne söylediği ve ne olduğu.',
    );
  });
});

describe('how the groups connect, in words', () => {
  it('joins two outside bodies with "and", as the English page did', () => {
    expect(
      en.t('groups.sentenceReportsToAnd', {
        group: 'Community Forum',
        to: 'Lived Experience Board',
        bodies: en.list(['the council', 'the NHS trust'], 'and'),
      }),
    ).toBe('The Community Forum takes its points to the Lived Experience Board, and to the council and the NHS trust.');
  });
});

describe('sentences with links inside', () => {
  it('keep the numbers a link holds: the EASS freephone and textphone are read out in full', () => {
    expect(said(en.parts('accessibility.eass', { phone: '0808 800 0082', textphone: '0808 800 0084' }))).toContain(
      'by freephone on 0808 800 0082 or by textphone on 0808 800 0084.',
    );
  });
  it('keep the names a link holds: a review names its commitment and its partner', () => {
    expect(said(en.parts('reviews.madeBy', { title: 'Open the crisis café', partner: 'Wrenfold Council' }))).toBe(
      'Open the crisis café, made by Wrenfold Council',
    );
  });
  it('never name a link tag the same as a value it fills in, in any catalogue', () => {
    for (const lang of ['en', 'tr', 'pl', 'ar']) {
      const words = catalogueOf(lang);
      const clashes = Object.keys(words).filter((key) =>
        [...words[key]!.matchAll(/<([A-Za-z]+)>/g)].some(
          ([, tag]) => words[key]!.includes(`{${tag}}`) || words[key]!.includes(`{${tag},`),
        ),
      );
      expect(clashes, lang).toEqual([]);
    }
  });
});

describe('where a group takes its points', () => {
  it('says a group at the top reports to no other group but takes its points to bodies outside', () => {
    expect(
      en.t('groups.sentenceNoGroupAnd', {
        group: 'Lived Experience Board',
        bodies: 'the Health and Wellbeing Board and the Trust board',
      }),
    ).toBe(
      'The Lived Experience Board reports to no other group in the partnership, but takes its points to the Health and Wellbeing Board and the Trust board.',
    );
  });
});
