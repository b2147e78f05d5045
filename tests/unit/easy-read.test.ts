// The Easy Read views and words, against answers worked out by hand.
import { describe, expect, it } from 'vitest';
import { commitmentEasyRead, easyReadView, picturesOf, type EasyReadView } from '../../src/model/easy-read.ts';
import { checkedWith, easyReadIndex, pictureAlt, updateEasyReadHref } from '../../src/present/easy-read.ts';
import { routesUnder } from '../../src/present/routes.ts';
import { anotherFormatAsk, anotherFormatReply, formatReplyDays } from '../../src/present/formats.ts';
import { en, messagesIn } from '../helpers/messages.ts';

const cafe: EasyReadView = {
  title: 'A crisis café',
  pictures: true,
  sections: [
    {
      heading: 'What we promised',
      lines: [
        { text: 'We will open a café.', picture: { name: 'hot-beverage', alt: 'A hot drink' } },
        { text: 'It is open at night.', picture: { name: 'crescent-moon' } },
      ],
    },
  ],
};
const news: EasyReadView = {
  title: 'Open on Sundays',
  pictures: true,
  sections: [{ lines: [{ text: 'We open on Sundays.', picture: { name: 'spiral-calendar' } }] }],
};

describe('an Easy Read version as the page shows it', () => {
  it('reads lines written with a picture into a sentence and its picture, and plain lines without one', () => {
    expect(
      easyReadView({
        title: 'A café',
        easyRead: {
          title: 'A crisis café',
          sections: [
            {
              heading: 'What we promised',
              lines: [{ text: 'We will open a café.', picture: 'hot-beverage', alt: 'A hot drink' }, 'It is calm.'],
            },
          ],
        },
      }),
    ).toEqual({
      title: 'A crisis café',
      pictures: true,
      sections: [
        {
          heading: 'What we promised',
          lines: [
            { text: 'We will open a café.', picture: { name: 'hot-beverage', alt: 'A hot drink' } },
            { text: 'It is calm.' },
          ],
        },
      ],
    });
  });

  it('reads plain text as one sentence a line, parts split by blank lines, under the entry’s title, with no pictures', () => {
    expect(easyReadView({ title: 'A café', easyRead: 'We open a café.\nIt is calm.\n\nCome in.' })).toEqual({
      title: 'A café',
      pictures: false,
      sections: [{ lines: [{ text: 'We open a café.' }, { text: 'It is calm.' }] }, { lines: [{ text: 'Come in.' }] }],
    });
  });

  it('has none when the entry has no Easy Read', () => {
    expect(easyReadView({ title: 'A café' })).toBeUndefined();
  });
});

describe('a commitment’s Easy Read page', () => {
  const group = { name: 'The forum' };
  it('holds its own Easy Read, who checked it, and its updates’ Easy Read in the order given', () => {
    const withNews = { id: 'u2', easyRead: news };
    const without: { id: string; easyRead?: EasyReadView } = { id: 'u1' };
    const page = commitmentEasyRead('Café', cafe, { date: '2026-11-10', group }, [withNews, without]);
    expect(page).toEqual({
      title: 'A crisis café',
      own: cafe,
      checked: { date: '2026-11-10', group },
      updates: [{ update: withNews, easyRead: news }],
      pictures: true,
    });
  });

  it('owes the pictures’ credit when its own Easy Read or any update’s shows a picture, and only then', () => {
    const plain: EasyReadView = { ...cafe, pictures: false };
    expect(commitmentEasyRead('Café', plain, undefined, [{}])?.pictures).toBe(false);
    expect(commitmentEasyRead('Café', plain, undefined, [{ easyRead: news }])?.pictures).toBe(true);
    expect(
      commitmentEasyRead('Café', undefined, undefined, [{ easyRead: { ...news, pictures: false } }])?.pictures,
    ).toBe(false);
    expect(commitmentEasyRead('Café', cafe, undefined, [])?.pictures).toBe(true);
  });

  it('exists when only an update has Easy Read, under the commitment’s own title', () => {
    const page = commitmentEasyRead('An evening crisis café', undefined, undefined, [{ easyRead: news }]);
    expect(page?.title).toBe('An evening crisis café');
    expect(page?.own).toBeUndefined();
    expect(page?.updates).toHaveLength(1);
  });

  it('does not exist when neither the commitment nor any update has Easy Read', () => {
    expect(commitmentEasyRead('Café', undefined, undefined, [{}, {}])).toBeUndefined();
  });

  it('has no list of updates when no update has Easy Read', () => {
    expect(commitmentEasyRead('Café', cafe, undefined, [{}])).not.toHaveProperty('updates');
  });
});

describe('the pictures the site serves', () => {
  it('are every picture named, once each, in order of first use', () => {
    expect(picturesOf([cafe, undefined, news, cafe])).toEqual(['hot-beverage', 'crescent-moon', 'spiral-calendar']);
  });
  it('have the volunteer’s alt text, or else the picture’s name in words', () => {
    expect(pictureAlt({ name: 'hot-beverage', alt: 'A hot drink' })).toBe('A hot drink');
    expect(pictureAlt({ name: 'people-holding-hands' })).toBe('people holding hands');
  });
});

describe('the words of the Easy Read pages', () => {
  it('say who checked the words and when in short sentences, none over 15 words', () => {
    const lines = checkedWith(en, 'Wrenfold Community Mental Health Forum', '2026-11-10').map((line) =>
      en.t(line.k, line.values),
    );
    expect(lines).toEqual([
      'People with learning disabilities checked these words.',
      'They are from Wrenfold Community Mental Health Forum.',
      'They checked them on 10 November 2026.',
    ]);
    for (const line of lines) expect(line.split(' ').length).toBeLessThanOrEqual(15);
  });
  const cafeOnly = {
    easyReads: [],
    easyReadCommitments: [{ id: 'crisis-cafe', easyRead: { title: 'A crisis café' } }] as never,
  };
  it('list the visions’ Easy Read and the promises’, leaving out a group that has none', () => {
    const index = easyReadIndex(cafeOnly, routesUnder('/'));
    expect(index).toEqual({ commitments: [{ href: '/commitments/crisis-cafe/easy-read/', title: 'A crisis café' }] });
  });
  it('link each Easy Read page in the reader’s language', () => {
    const index = easyReadIndex(cafeOnly, routesUnder('/portal/', 'tr'));
    expect(index.commitments?.[0]?.href).toBe('/portal/tr/commitments/crisis-cafe/easy-read/');
  });
  it('say where an update’s Easy Read is shown, on its commitment’s Easy Read page in the reader’s language', () => {
    const shown: { update?: unknown }[] = [];
    const update = { id: 'opening', commitment: { id: 'crisis-cafe', easyRead: { updates: shown } } };
    shown.push({ update });
    expect(updateEasyReadHref(update as never, routesUnder('/', 'pl'))).toBe(
      '/pl/commitments/crisis-cafe/easy-read/#update-opening',
    );
  });
});

describe('asking for another format', () => {
  it('names BSL, audio, large print, paper and another language', () => {
    expect(anotherFormatAsk(en)).toBe(
      'Need this page in another format or language, like British Sign Language (BSL), audio, large print, paper or another language? Ask us in any of the ways above.',
    );
  });
  it('promises the reply time formats.replyDays gives, before the older accessibility.replyDays', () => {
    expect(formatReplyDays({ formats: { replyDays: 3 }, accessibility: { tested: '2026-01-01', replyDays: 10 } })).toBe(
      3,
    );
    expect(anotherFormatReply(en, { accessibility: { tested: '2026-01-01', replyDays: 10 } })).toBe(
      'We will reply within 10 working days.',
    );
    expect(anotherFormatReply(en, { formats: { replyDays: 1 } })).toBe('We will reply within 1 working day.');
  });
  it('says the reply time with each language’s own plural: Polish has a form for 2 to 4, Arabic one for 2', () => {
    expect(anotherFormatReply(messagesIn('pl'), { formats: { replyDays: 3 } })).toBe(
      'Odpowiemy w ciągu 3 dni roboczych.',
    );
    expect(anotherFormatReply(messagesIn('pl'), { formats: { replyDays: 1 } })).toBe(
      'Odpowiemy w ciągu 1 dnia roboczego.',
    );
    expect(anotherFormatReply(messagesIn('ar'), { formats: { replyDays: 2 } })).toBe('سنرد خلال يومي عمل.');
    expect(anotherFormatAsk(messagesIn('tr'))).toContain(
      'İngiliz İşaret Dili (BSL), sesli, büyük harfli, kâğıt veya başka bir dil',
    );
  });
  it('promises no reply time when site.yaml gives none', () => {
    expect(anotherFormatReply(en, {})).toBeUndefined();
    expect(anotherFormatReply(en, { formats: {}, accessibility: { tested: '2026-01-01' } })).toBeUndefined();
  });
});
