// The open data page in the reader's language: its own words translated, the contract's English
// descriptions of columns marked as English, names of fields and values kept as code.
import { describe, expect, it } from 'vitest';
import { choiceList, dataPageIn, fileSize, type DataPageFacts } from '../../src/present/data-page.ts';
import { messagesIn } from '../helpers/messages.ts';

const en = messagesIn('en');
const tr = messagesIn('tr');
const pl = messagesIn('pl');

const file = (name: string, bytes: number) => ({ href: `/data/${name}`, file: name, bytes });
const facts: DataPageFacts = {
  zip: file('all-data.zip', 65_536),
  descriptor: file('datapackage.json', 900),
  tables: [
    {
      name: 'actions',
      title: 'Actions from meetings',
      worksOut: true,
      rows: 14,
      csv: file('actions.csv', 3000),
      json: file('actions.json', 6000),
      columns: [
        { name: 'id', type: 'string', description: 'The action’s id, unique across all minutes.', derived: false },
        {
          name: 'status',
          type: 'string',
          description: 'open, done or dropped.',
          choices: ['open', 'done', 'dropped'],
          derived: false,
        },
        { name: 'days', type: 'integer', description: 'Days it took.', derived: true },
      ],
    },
    {
      name: 'surveys',
      title: 'Surveys',
      worksOut: false,
      rows: 1,
      csv: file('surveys.csv', 1),
      json: file('surveys.json', 2),
      columns: [],
    },
  ],
  schemas: [],
};

describe('a file’s size', () => {
  it('is in bytes below a kilobyte and in whole kilobytes above', () => {
    expect([1, 812, 1024, 12 * 1024 + 100].map((bytes) => fileSize(en, bytes))).toEqual([
      '1 byte',
      '812 bytes',
      '1 KB',
      '12 KB',
    ]);
  });
  it('counts bytes with Polish forms for a few and many', () => {
    expect([1, 2, 5, 22].map((bytes) => fileSize(pl, bytes))).toEqual(['1 bajt', '2 bajty', '5 bajtów', '22 bajty']);
  });
});

describe('a column’s allowed values', () => {
  it('are listed as code, joined with the language’s own “or”', () => {
    expect(choiceList(en, ['open', 'done', 'dropped'])).toEqual([
      { code: 'open' },
      ', ',
      { code: 'done' },
      ' or ',
      { code: 'dropped' },
    ]);
    expect(choiceList(tr, ['open', 'done'])).toEqual([{ code: 'open' }, ' veya ', { code: 'done' }]);
  });
});

describe('the open data page in Turkish', () => {
  const view = dataPageIn(tr, facts);
  const [actions, surveys] = view.tables;
  it('names a table in Turkish when the catalogue has a name for it', () => {
    expect(actions!.title).toEqual({ text: 'Toplantılardan çıkan işler' });
  });
  it('keeps the contract’s English name of a table the catalogues do not know, marked as English', () => {
    expect(surveys!.title).toEqual({ text: 'Surveys', lang: 'en' });
  });
  it('says what a row is and how many there are in Turkish', () => {
    expect(actions!.about).toBe(
      'Bir toplantıda kararlaştırılan her iş, her satırda bir tane; ne kadar beklediği ya da sürdüğüyle birlikte (tutanaklardan hesaplanır). 14 satır.',
    );
    expect(surveys!.about).toBe('Sitedeki her kayıt, her satırda bir tane: gönüllülerin yazdığı alanlar. 1 satır.');
  });
  it('marks each column’s description as English', () => {
    expect(actions!.columns.map((c) => c.description.lang)).toEqual(['en', 'en', 'en']);
  });
  it('says in Turkish what kind of value each column holds and where it comes from', () => {
    expect(actions!.columns.map((c) => [c.kind, c.source])).toEqual([
      ['metin', 'İçerikte yazıldığı gibi'],
      ['metin', 'İçerikte yazıldığı gibi'],
      ['tam sayı', 'Site tarafından hesaplanır'],
    ]);
  });
  it('says once that the descriptions of columns, and the schemas, are in English', () => {
    expect(view.descriptionsLanguage).toBe(
      'Her sütunun ne içerdiği İngilizce açıklanmıştır; içerik kuralları bu dilde yazılır.',
    );
    expect(view.schemasLanguage).toBe('Şemalar İngilizce yazılmıştır.');
  });
  it('labels the downloads in Turkish, with their sizes', () => {
    expect(view.zip).toEqual({ href: '/data/all-data.zip', label: 'Her şey tek bir zip dosyasında', size: '64 KB' });
    expect(view.descriptor.label).toBe('Veri paketi tanımı (datapackage.json)');
    expect(view.descriptor.size).toBe('900 bayt');
  });
});

describe('the open data page in English', () => {
  const view = dataPageIn(en, facts);
  it('leaves the descriptions unmarked, being in the page’s own language', () => {
    expect(view.tables[0]!.columns[0]!.description).toEqual({ text: 'The action’s id, unique across all minutes.' });
  });
  it('has no note that its descriptions are in English', () => {
    expect(view.descriptionsLanguage).toBeUndefined();
    expect(view.schemasLanguage).toBeUndefined();
  });
});
