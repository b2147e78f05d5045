// The search page in the browser: reads the search from the address, asks Pagefind, and shows
// the results. Everything a contributor wrote reaches the page as text, never as HTML.
import { formatDate } from '../model/days.ts';
import { lookUpRef } from '../model/refcode.ts';
import type { SentenceBook } from '../present/client-words.ts';
import { codesFor } from './code-index.ts';
import { FILTERS } from '../present/search-facets.ts';
import { announcement } from './search-words.ts';
import { say } from './sentences.ts';
import { hasSearch, pagefindFilters, pagefindSort, readState, writeState, type SearchState } from './search-state.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const PAGE_SIZE = 15;

/** Pagefind's excerpt, rebuilt from text nodes, keeping only its <mark> highlights. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(title: string, url: string, details: string[], excerpt: Node[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'py-4';
  const heading = document.createElement('h3');
  heading.className = 'mt-0 mb-1 text-xl';
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'text-base';
  // Each detail kept apart, so in Arabic an English partner's name cannot swap places with its neighbours.
  details.filter(Boolean).forEach((detail, i) => {
    const part = document.createElement('bdi');
    part.textContent = detail;
    meta.append(...(i ? [' · ', part] : [part]));
  });
  const text = document.createElement('p');
  text.className = 'max-w-prose';
  text.append(...excerpt);
  li.append(heading, meta, text);
  return li;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-feature="search"]');
  if (!form) return;
  const words = form.querySelector<HTMLInputElement>('#search-words')!;
  const sort = form.querySelector<HTMLSelectElement>('#search-sort')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const heading = document.querySelector<HTMLElement>('[data-search-results-heading]')!;
  // The page's own words in its language, made ready from its catalogue (src/present/client-words.ts).
  const book = JSON.parse(form.dataset.words ?? '{}') as SentenceBook;
  let pagefind: Promise<Pagefind> | undefined;
  let failures = 0;
  let run = 0;

  // What to say when search fails, with links to the lists, written by the page in its language.
  const unavailable = (): Node => {
    const words = document.querySelector<HTMLTemplateElement>('template[data-message="search-unavailable"]')!;
    const sentence = words.content.cloneNode(true);
    sentence.normalize();
    // The template's own line breaks around the sentence would reach a screen reader as spaces.
    const first = sentence.firstChild;
    const last = sentence.lastChild;
    if (first?.nodeType === Node.TEXT_NODE) first.textContent = first.textContent!.trimStart();
    if (last?.nodeType === Node.TEXT_NODE) last.textContent = last.textContent!.trimEnd();
    return sentence;
  };

  const load = () =>
    (pagefind ??= (async () => {
      // After a failure the browser keeps the broken copy under its address: a new one loads afresh.
      const again = failures ? `?retry=${failures}` : '';
      const module = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js${again}`)) as Pagefind;
      await module.options({ baseUrl: form.dataset.base, noWorker: true, excerptLength: 30 });
      return module;
    })());

  const fill = (state: SearchState) => {
    words.value = state.q;
    sort.value = state.sort;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as (typeof FILTERS)[number]]?.includes(box.value) ?? false;
    }
    for (const details of form.querySelectorAll('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
  };

  const show = async (state: SearchState) => {
    const mine = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (!hasSearch(state)) {
      heading.hidden = true;
      status.textContent = '';
      return;
    }
    heading.hidden = false;
    status.textContent = say(book, 'searching');
    try {
      await find(state, mine);
    } catch {
      failed(mine);
    }
  };

  // The index did not load (missing, offline, broken) or a search failed: say so calmly, point to
  // the lists, and load the index afresh next time, so a later search can work.
  const failed = (mine: number) => {
    pagefind = undefined;
    failures++;
    if (mine !== run) return;
    list.replaceChildren();
    more.hidden = true;
    status.replaceChildren(unavailable());
  };

  const find = async (state: SearchState, mine: number) => {
    // A code's own page goes first when the words are a code; its year's codes are fetched only now.
    const codes = await codesFor(state.q, form.dataset.codes ?? '').catch(() => ({}) as Record<string, string>);
    const code = lookUpRef(state.q, Object.keys(codes));
    const pinned = code.found
      ? { url: `${form.dataset.youSaid}${code.ref.toLowerCase()}/`, said: codes[code.ref]! }
      : undefined;
    const found = await (
      await load()
    ).search(state.q || null, { filters: pagefindFilters(state), sort: pagefindSort(state.sort) });
    if (mine !== run) return;
    const results = found?.results ?? [];
    const items: (() => Promise<HTMLLIElement | undefined>)[] = [];
    if (pinned && code.found) {
      items.push(async () =>
        resultItem(
          say(book, 'pinnedTitle', { ref: code.ref }),
          pinned.url,
          [say(book, 'referenceCode'), say(book, 'youSaid')],
          [document.createTextNode(say(book, 'pinnedSaid', { said: pinned.said }))],
        ),
      );
    }
    for (const result of results) {
      items.push(async () => {
        const data = await result.data();
        if (pinned && data.url === pinned.url) return undefined;
        const m = data.meta;
        return resultItem(
          m.title ?? data.url,
          data.url,
          [m.type ?? '', m.date ? formatDate(m.date, book.locale) : '', m.status ?? '', m.partner ?? ''],
          excerptNodes(data.excerpt),
        );
      });
    }
    const total = results.length + (pinned && !results.length ? 1 : 0);
    const ticked = FILTERS.flatMap((f) => state.filters[f]);
    const summary = announcement(book, total, state.q, ticked);
    let shown = 0;
    const showMore = async () => {
      const batch = items.slice(shown, shown + PAGE_SIZE);
      shown += batch.length;
      const rendered = (await Promise.all(batch.map((make) => make()))).filter(
        (li): li is HTMLLIElement => li !== undefined,
      );
      if (mine !== run) return;
      list.append(...rendered);
      more.hidden = shown >= items.length;
      return rendered[0];
    };
    await showMore();
    // Announced once the first results are on the page, so a screen reader can go straight to them.
    if (mine === run) status.textContent = summary;
    more.onclick = async () => {
      try {
        const first = await showMore();
        first?.querySelector('a')?.focus();
      } catch {
        failed(mine);
      }
    };
  };

  const submit = () => {
    const state = readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    history.pushState(null, '', `${location.pathname}${writeState(state)}`);
    void show(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== words) submit();
  });
  window.addEventListener('popstate', () => {
    const state = readState(new URLSearchParams(location.search));
    fill(state);
    void show(state);
  });

  document.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = true;
  form.hidden = false;
  const initial = readState(new URLSearchParams(location.search));
  fill(initial);
  void show(initial);
}
