// The words of the components (src/components) in each language: plurals in each language's own
// forms, dates inside sentences kept as their own part, and no message whose tag hides a value.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogue, catalogueCodes, en, messagesIn } from '../helpers/messages.ts';

const pl = messagesIn('pl');
const ar = messagesIn('ar');
const tr = messagesIn('tr');

/** The tags a message uses (`<link>`) and the values it fills in (`{date}`), apart. */
function tagsAndValues(message: string): { tags: Set<string>; values: Set<string> } {
  const tags = new Set<string>();
  const values = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        tags.add(element.value);
        walk(element.children);
        continue;
      }
      values.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return { tags, values };
}

describe('messages with tags', () => {
  // A tag and a value of one name collide when the message is filled in, and the value is lost.
  it.each(catalogueCodes())('%s names no tag like a value of the same message', (code) => {
    const clashes = Object.entries(catalogue(code)).flatMap(([key, message]) => {
      const { tags, values } = tagsAndValues(message);
      return [...tags].filter((tag) => values.has(tag)).map((tag) => `${key}: <${tag}>`);
    });
    expect(clashes).toEqual([]);
  });

  it('keeps both days of a moved deadline, each a part of its own', () => {
    expect(
      en.parts('deadline.movedFrom', { from: '30 September 2025', to: '31 March 2026', reason: 'Building work' }),
    ).toEqual([
      'Due ',
      { tag: 'oldDay', text: '30 September 2025' },
      ', moved to ',
      { tag: 'newDay', text: '31 March 2026' },
      '. Reason: Building work',
    ]);
  });

  it('puts the day an action closed where Turkish puts it, before the verb', () => {
    expect(tr.parts('actionState.closed', { date: tr.date('2025-03-12') })).toEqual([
      { tag: 'time', text: '12 Mart 2025' },
      ' tarihinde kapandı',
    ]);
  });
});

describe('plurals in the components’ words', () => {
  it('counts the commitments a partner made in English as before', () => {
    expect(en.parts('scorecard.made', { count: 1 })).toEqual([
      { tag: 'strong', text: '1' },
      ' commitment made. Where they stand:',
    ]);
  });

  it('uses the Polish few form for 2 to 4 and for 22, and many for 5', () => {
    const made = (count: number) => pl.parts('scorecard.made', { count })[1];
    expect(made(2)).toBe(' podjęte zobowiązania. Na jakim są etapie:');
    expect(made(22)).toBe(' podjęte zobowiązania. Na jakim są etapie:');
    expect(made(5)).toBe(' podjętych zobowiązań. Na jakim są etapie:');
    expect(made(1)).toBe(' podjęte zobowiązanie. Na jakim są etapie:');
  });

  it('says how many days overdue in Polish with the right form of day', () => {
    expect(pl.t('actionState.overdueBy', { days: 1 })).toBe('Opóźnione o 1 dzień');
    expect(pl.t('actionState.overdueBy', { days: 3 })).toBe('Opóźnione o 3 dni');
    expect(pl.t('actionState.overdueBy', { days: 106 })).toBe('Opóźnione o 106 dni');
  });

  it('uses the Arabic dual for two days and the singular after eleven', () => {
    expect(ar.t('flags.staleShort', { days: 2 })).toBe('منذ يومين');
    expect(ar.t('flags.staleShort', { days: 1 })).toBe('منذ يوم واحد');
    expect(ar.t('flags.staleShort', { days: 3 })).toBe('منذ 3 أيام');
    expect(ar.t('flags.staleShort', { days: 11 })).toBe('منذ 11 يومًا');
    expect(ar.t('flags.staleShort', { days: 100 })).toBe('منذ 100 يوم');
  });

  it('makes the Polish verb agree with how many people took part', () => {
    expect(pl.t('verdict.participants', { count: 1 })).toBe('Wzięła udział 1 osoba z własnym doświadczeniem.');
    expect(pl.t('verdict.participants', { count: 4 })).toBe('Wzięły udział 4 osoby z własnym doświadczeniem.');
    expect(pl.t('verdict.participants', { count: 12 })).toBe('Wzięło udział 12 osób z własnym doświadczeniem.');
  });

  it('writes a percentage as Turkish does, the sign first', () => {
    expect(tr.t('timeline.progress', { done: 0.4 })).toBe('%40 tamamlandı');
    expect(en.t('timeline.progress', { done: 0.4 })).toBe('40% done');
  });
});
