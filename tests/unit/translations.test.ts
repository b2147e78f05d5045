// An entry in the reader's language, worked out by hand: the translation's words over the
// original's, how much was translated, and which fields fell back; facts always the original's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Commitment, Group, Partner, Vision } from '../../src/contract/index.ts';
import { buildPortal, type Entry } from '../../src/model/read-model.ts';
import { inLanguage, withTranslations, wordsIn, type TranslationInput } from '../../src/model/translations.ts';
import { SITE } from './site-settings.ts';
import { cafe as oneCafe, oneVisionInput, plan as onePlan } from './one-commitment.ts';

const cafe: Entry<Commitment> = {
  ...oneCafe,
  data: {
    ...oneCafe.data,
    measures: [
      { name: 'Evenings open', target: 'Four a week' },
      { name: 'Visitors', target: '100 a month' },
    ],
  },
  html: '<p>The café opens at six.</p>',
};

const whole: TranslationInput = {
  collection: 'commitments',
  of: 'cafe',
  language: 'tr',
  data: {
    title: 'Kriz kafesi',
    summary: 'Akşamları gidilecek bir yer.',
    measures: [
      { name: 'Açık akşamlar', target: 'Haftada dört' },
      { name: 'Ziyaretçiler', target: 'Ayda 100' },
    ],
  },
  html: '<p>Kafe saat altıda açılır.</p>',
};

const part: TranslationInput = {
  collection: 'commitments',
  of: 'cafe',
  language: 'pl',
  data: { title: 'Kawiarnia kryzysowa', measures: [{ name: 'Otwarte wieczory' }, {}] },
};

const [entry] = withTranslations([cafe], 'commitments', 'en', [whole, part]);

describe('inLanguage', () => {
  it('gives a wholly translated entry the translation’s words and body, and says it is translated', () => {
    const tr = inLanguage(entry!, 'tr');
    expect(tr.data.title).toBe('Kriz kafesi');
    expect(tr.data.summary).toBe('Akşamları gidilecek bir yer.');
    expect(tr.data.measures).toEqual([
      { name: 'Açık akşamlar', target: 'Haftada dört' },
      { name: 'Ziyaretçiler', target: 'Ayda 100' },
    ]);
    expect(tr.html).toBe('<p>Kafe saat altıda açılır.</p>');
    expect(tr.translation).toEqual({ language: 'tr', original: 'en', status: 'translated', fellBack: [], fixed: [] });
  });

  it('keeps every fact of the original in a translation', () => {
    const tr = inLanguage(entry!, 'tr');
    const { title, summary, measures, ...facts } = tr.data;
    const { title: t, summary: s, measures: m, ...originalFacts } = cafe.data;
    expect(facts).toEqual(originalFacts);
    expect(tr.id).toBe('cafe');
  });

  it('lists, in the original’s order, the fields a partial translation leaves in the original’s words', () => {
    const pl = inLanguage(entry!, 'pl');
    expect(pl.translation.status).toBe('partly-translated');
    expect(pl.translation.fellBack).toEqual([
      'summary',
      'measures.0.target',
      'measures.1.name',
      'measures.1.target',
      'text',
    ]);
    expect(pl.data.title).toBe('Kawiarnia kryzysowa');
    expect(pl.data.summary).toBe('Somewhere to go in the evening.');
    expect(pl.data.measures).toEqual([
      { name: 'Otwarte wieczory', target: 'Four a week' },
      { name: 'Visitors', target: '100 a month' },
    ]);
    expect(pl.html).toBe('<p>The café opens at six.</p>');
  });

  it('gives the original, said to be not translated, in a language it has no translation into', () => {
    const ar = inLanguage(entry!, 'ar');
    expect(ar.data).toEqual(cafe.data);
    expect(ar.html).toBe(cafe.html);
    expect(ar.translation.status).toBe('not-translated');
    expect(ar.translation.fellBack).toEqual([
      'title',
      'summary',
      'measures.0.name',
      'measures.0.target',
      'measures.1.name',
      'measures.1.target',
      'text',
    ]);
  });

  it('says the original is the original when its own language is asked for', () => {
    const en = inLanguage(entry!, 'en');
    expect(en.data).toEqual(cafe.data);
    expect(en.translation).toEqual({ language: 'en', original: 'en', status: 'original', fellBack: [], fixed: [] });
  });

  it('never takes a fact from a translation, even one that got past the check', () => {
    const sly: TranslationInput = {
      collection: 'commitments',
      of: 'cafe',
      language: 'tr',
      data: { title: 'Kriz kafesi', due: '2030-01-01', partner: 'someone-else', measures: [{ name: 'Bir' }] },
    };
    const [e] = withTranslations([cafe], 'commitments', 'en', [sly]);
    const tr = inLanguage(e!, 'tr');
    expect(tr.data.due).toBe('2025-12-01');
    expect(tr.data.partner).toBe('council');
    // A list with another number of items than the original's cannot be matched item for item.
    expect(tr.data.measures).toEqual(cafe.data.measures);
    expect(tr.data.title).toBe('Kriz kafesi');
  });

  it('shows an empty translated field in the original’s words', () => {
    const [e] = withTranslations([cafe], 'commitments', 'en', [{ ...whole, data: { ...whole.data, title: ' ' } }]);
    const tr = inLanguage(e!, 'tr');
    expect(tr.data.title).toBe('A crisis café');
    expect(tr.translation.fellBack).toEqual(['title']);
  });

  it('treats an entry without translations as its original', () => {
    const bare = inLanguage(cafe, 'tr');
    expect(bare.data).toBe(cafe.data);
    expect(bare.translation.status).toBe('original');
  });
});

describe('inLanguage on Easy Read', () => {
  const vision: Entry<Vision> = {
    id: 'plan',
    data: {
      title: 'Our plan',
      summary: 'Help when it is needed.',
      status: 'adopted',
      adopted: '2025-01-01',
      coProduction: 'Written with 40 residents.',
      aims: [{ id: 'crisis', title: 'Crisis help', description: 'Help at any hour.' }],
      easyRead: {
        title: 'Our plan',
        sections: [
          {
            heading: 'Help',
            lines: ['You can get help.', { text: 'Call us.', picture: 'telephone', alt: 'A telephone' }],
          },
        ],
      },
    },
  };
  const ar: TranslationInput = {
    collection: 'visions',
    of: 'plan',
    language: 'ar',
    data: {
      easyRead: {
        title: 'خطتنا',
        sections: [{ heading: 'المساعدة', lines: ['يمكنك الحصول على المساعدة.', { text: 'اتصل بنا.', alt: 'هاتف' }] }],
      },
    },
  };
  const [v] = withTranslations([vision], 'visions', 'en', [ar]);

  it('lays the translated lines and alt text over the original’s and keeps its pictures', () => {
    expect(inLanguage(v!, 'ar').data.easyRead).toEqual({
      title: 'خطتنا',
      sections: [
        {
          heading: 'المساعدة',
          lines: ['يمكنك الحصول على المساعدة.', { text: 'اتصل بنا.', picture: 'telephone', alt: 'هاتف' }],
        },
      ],
    });
  });

  it('gives a picture the alt text its translation adds, where the original has none', () => {
    const bare = {
      ...vision,
      data: {
        ...vision.data,
        easyRead: {
          title: 'Our plan',
          sections: [{ heading: 'Help', lines: [{ text: 'Call us.', picture: 'telephone' }] }],
        },
      },
    };
    const [b] = withTranslations([bare], 'visions', 'en', [
      {
        collection: 'visions',
        of: 'plan',
        language: 'ar',
        data: { easyRead: { sections: [{ lines: [{ text: 'اتصل بنا.', alt: 'هاتف' }] }] } },
      },
    ]);
    expect(inLanguage(b!, 'ar').data.easyRead).toEqual({
      title: 'Our plan',
      sections: [{ heading: 'Help', lines: [{ text: 'اتصل بنا.', picture: 'telephone', alt: 'هاتف' }] }],
    });
  });

  it('keeps the aims’ ids, and lists the untranslated words of a vision whose Easy Read alone is translated', () => {
    const inArabic = inLanguage(v!, 'ar');
    expect(inArabic.data.aims[0]!.id).toBe('crisis');
    expect(inArabic.translation.fellBack).toEqual([
      'title',
      'summary',
      'coProduction',
      'aims.0.title',
      'aims.0.description',
    ]);
  });
});

describe('buildPortal in a language', () => {
  const input = {
    ...oneVisionInput(
      {
        ...SITE,
        languages: ['en', 'tr'],
        help: [{ name: 'Samaritans', for: 'Someone to talk to.', phone: '116 123', hours: 'Every day' }],
      },
      [cafe],
    ),
    translations: [
      whole,
      { collection: 'visions', of: 'plan', language: 'tr', data: { aims: [{ title: 'Kriz yardımı' }] } },
      {
        collection: 'site',
        of: 'site',
        language: 'tr',
        data: { help: [{ for: 'Konuşacak biri.', hours: 'Her gün' }] },
      },
    ],
  };

  it('builds every view in the language asked for, with the same facts and statuses', () => {
    const en = buildPortal(input, '2025-06-01');
    const tr = buildPortal(input, '2025-06-01', 'tr');
    expect(tr.commitments[0]!.data.title).toBe('Kriz kafesi');
    expect(tr.commitments[0]!.translation?.status).toBe('translated');
    expect(tr.commitments[0]!.aimTitles).toEqual(['Kriz yardımı']);
    expect(tr.aims[0]!.title).toBe('Kriz yardımı');
    expect(tr.commitments[0]!.state).toEqual(en.commitments[0]!.state);
    expect(en.commitments[0]!.data.title).toBe('A crisis café');
    expect(en.commitments[0]!.translation?.status).toBe('original');
  });

  it('translates the help services’ words and keeps their names and numbers', () => {
    const tr = buildPortal(input, '2025-06-01', 'tr');
    expect(tr.site.help).toEqual([{ name: 'Samaritans', for: 'Konuşacak biri.', phone: '116 123', hours: 'Her gün' }]);
    expect(tr.language).toEqual({
      language: 'tr',
      original: 'en',
      status: 'partly-translated',
      fellBack: ['description'],
      fixed: ['name', 'partnership', 'licence.title', 'help.0.name'],
    });
  });

  it('says the partner’s name on a commitment’s page is in the original’s language, and on the original’s pages says nothing', () => {
    const tr = buildPortal(input, '2025-06-01', 'tr');
    const en = buildPortal(input, '2025-06-01');
    expect(tr.commitments[0]!.partner.data.name).toBe('Wrenfold Council');
    expect(wordsIn(tr.commitments[0]!.partner.translation, 'name')).toBe('en');
    expect(wordsIn(en.commitments[0]!.partner.translation, 'name')).toBeUndefined();
  });
});

describe('an Easy Read checked with people with learning disabilities, in another language', () => {
  const checked = { date: '2025-02-01', group: 'forum' };
  const plan: Entry<Vision> = {
    ...onePlan,
    data: { ...onePlan.data, easyRead: 'You can get help.', easyReadChecked: checked },
  };
  const input = {
    site: { ...SITE, languages: ['en', 'tr', 'ar'] },
    partners: [],
    themes: [],
    groups: [{ id: 'forum', data: { name: 'Forum', kind: 'forum' as const, description: 'Open.' } }],
    visions: [plan],
    commitments: [],
    updates: [],
    minutes: [],
    inputs: [],
    translations: [
      { collection: 'visions', of: 'plan', language: 'ar', data: { easyRead: 'يمكنك الحصول على المساعدة.' } },
      { collection: 'visions', of: 'plan', language: 'tr', data: { title: 'Planımız' } },
    ],
  };

  it('is not said to be checked when its Easy Read is a translation', () => {
    const ar = buildPortal(input, '2025-06-01', 'ar').visions[0]!;
    expect(ar.easyRead).toBeDefined();
    expect(ar.easyReadChecked).toBeUndefined();
  });

  it('is still said to be checked where the Easy Read shown is the original’s', () => {
    expect(buildPortal(input, '2025-06-01', 'tr').visions[0]!.easyReadChecked?.date).toBe('2025-02-01');
    expect(buildPortal(input, '2025-06-01').visions[0]!.easyReadChecked?.date).toBe('2025-02-01');
  });
});

describe('words no translation changes', () => {
  const forum: Entry<Group> = {
    id: 'forum',
    data: {
      name: 'Wrenfold Community Forum',
      kind: 'forum',
      description: 'Residents who meet to talk about services.',
      attends: ['Health and Wellbeing Board', 'Safeguarding Adults Board'],
    },
  };
  const [group] = withTranslations([forum], 'groups', 'en', [
    { collection: 'groups', of: 'forum', language: 'tr', data: { description: 'Hizmetleri konuşan sakinler.' } },
  ]);

  it('gives a group’s name and the meetings it attends in the original’s language, on a page in another', () => {
    const tr = inLanguage(group!, 'tr');
    expect(tr.translation.fixed).toEqual(['name', 'attends.0', 'attends.1']);
    expect(wordsIn(tr.translation, 'name')).toBe('en');
    expect(wordsIn(tr.translation, 'attends.1')).toBe('en');
    expect(wordsIn(tr.translation, 'description')).toBeUndefined();
  });

  it('calls a group whose every translatable word is translated translated, its name notwithstanding', () => {
    const tr = inLanguage(group!, 'tr');
    expect(tr.translation.status).toBe('translated');
    expect(tr.translation.fellBack).toEqual([]);
  });

  it('never takes a name from a translation that gives one', () => {
    const [e] = withTranslations([forum], 'groups', 'en', [
      { collection: 'groups', of: 'forum', language: 'tr', data: { name: 'Forum', attends: ['Kurul', 'Kurul'] } },
    ]);
    const tr = inLanguage(e!, 'tr');
    expect(tr.data.name).toBe('Wrenfold Community Forum');
    expect(tr.data.attends).toEqual(forum.data.attends);
  });

  it('never makes an entry partly translated, whatever the name and whatever the translation holds', () => {
    const words = fc.option(fc.string(), { nil: undefined });
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), words, words, (a, b, description, name) => {
        const partner = (n: string): Entry<Partner> => ({
          id: 'council',
          data: { name: n, kind: 'council', description: 'What the council does.' },
        });
        const data = { ...(description === undefined ? {} : { description }), ...(name === undefined ? {} : { name }) };
        const translations: TranslationInput[] = [{ collection: 'partners', of: 'council', language: 'pl', data }];
        const [one] = withTranslations([partner(a)], 'partners', 'en', translations);
        const [other] = withTranslations([partner(b)], 'partners', 'en', translations);
        const first = inLanguage(one!, 'pl').translation;
        const second = inLanguage(other!, 'pl').translation;
        expect([first.status, first.fellBack]).toEqual([second.status, second.fellBack]);
        expect(first.fixed).toEqual(['name']);
      }),
    );
  });
});

describe('a help service’s name and how to text it', () => {
  const help = [
    { name: '999 or A&E, in an emergency', for: 'If a life is at risk now, call 999.', phone: '999' },
    { name: 'Shout', for: 'A free text service.', text: 'Text SHOUT to 85258' },
  ];
  const site = { id: 'site', data: { name: 'Portal', help } };
  const inTurkish = (words: Record<string, unknown>[]) =>
    inLanguage(
      withTranslations([site], 'site', 'en', [
        { collection: 'site', of: 'site', language: 'tr', data: { help: words } },
      ])[0]!,
      'tr',
    );

  it('is the translation’s when it gives one, in the page’s language', () => {
    const tr = inTurkish([
      { name: '999 veya A&E, acil durumda', for: 'Bir can tehlikedeyse 999’u arayın.' },
      { for: 'Ücretsiz bir mesaj hizmeti.', text: 'SHOUT yazıp 85258’e gönderin' },
    ]);
    expect(tr.data.help.map((h) => [h.name, 'text' in h ? h.text : undefined])).toEqual([
      ['999 veya A&E, acil durumda', undefined],
      ['Shout', 'SHOUT yazıp 85258’e gönderin'],
    ]);
    expect(wordsIn(tr.translation, 'help.0.name')).toBeUndefined();
    expect(wordsIn(tr.translation, 'help.1.text')).toBeUndefined();
    expect(wordsIn(tr.translation, 'help.1.name')).toBe('en');
  });

  it('stays as written when the translation leaves it out, without making the page partly translated', () => {
    const tr = inTurkish([{ for: 'Bir can tehlikedeyse 999’u arayın.' }, { for: 'Ücretsiz bir mesaj hizmeti.' }]);
    expect(tr.data.help[0]!.name).toBe('999 or A&E, in an emergency');
    expect(tr.translation.fixed).toEqual(['name', 'help.0.name', 'help.1.name', 'help.1.text']);
    expect(tr.translation.fellBack).toEqual([]);
    expect(tr.translation.status).toBe('translated');
  });
});
