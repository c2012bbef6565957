/**
 * The search page's behaviour: loads Pagefind on first use, searches as the reader types (and on
 * submit), and lists results as plain links built with DOM methods, never from raw HTML. A story is
 * one result, with the claims, quotes and questions that match listed under it, each linked to its
 * place on the story page (src/build/search-index.ts).
 */
import { searchKindText, searchText } from '../model/labels.ts';
import { anchorKind, type AnchorKind } from '../model/paths.ts';

/** A part of a page that matched: the words before its first anchor, or one anchored item. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string };
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { kind?: string[] };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 20;
/** Items shown under a story; the rest are one tap away. */
const ITEMS_SHOWN = 3;

/** Pagefind marks matches with <mark>; keep that, and only text otherwise. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Entry {
  kind: string;
  title: string;
  url: string;
  excerpt: string | undefined;
}

/** A result's title is set larger than the items listed under it, whose words are smaller still. */
const sizes = {
  result: { link: 'nav-link font-serif text-lg', words: 'mt-1' },
  item: { link: 'nav-link font-serif', words: 'mt-1 text-sm' },
};

/** One result or item: what it is, its title as a link, and the words that matched. */
function entry<T extends HTMLElement>(item: T, { kind, title, url, excerpt }: Entry, size: keyof typeof sizes): T {
  const link = element('a', sizes[size].link, title);
  link.href = url;
  item.append(element('p', 'eyebrow', kind), link);
  if (excerpt) {
    const words = element('p', sizes[size].words);
    words.append(...excerptNodes(excerpt));
    item.append(words);
  }
  return item;
}

/** A matched part of a story page that is one of its items, with the kind its anchor marks. */
type Item = PagefindSubResult & { kind: AnchorKind };

function itemList(items: Item[], className: string): HTMLUListElement {
  const list = element('ul', className);
  list.append(
    ...items.map(({ kind, title, url, excerpt }) =>
      entry(element('li', ''), { kind: searchKindText[kind], title, url, excerpt }, 'item'),
    ),
  );
  return list;
}

function resultItem(result: PagefindResult): HTMLLIElement {
  // The items of a story page that matched, in page order; the most matched are shown first.
  const items = result.sub_results.flatMap((sub): Item[] => {
    const kind = sub.anchor && anchorKind(sub.anchor.id);
    return kind ? [{ ...sub, kind }] : [];
  });
  const byMatches = [...items].sort((a, b) => b.locations.length - a.locations.length);
  const shown = items.filter((sub) => byMatches.indexOf(sub) < ITEMS_SHOWN);
  const rest = items.filter((sub) => !shown.includes(sub));
  // The page's own words (before its first item) that matched, or its best excerpt if no item did.
  const own = result.sub_results.find((sub) => !sub.anchor)?.excerpt ?? (items.length ? undefined : result.excerpt);

  const item = entry(
    element('li', 'rounded-md border border-rule bg-surface p-3'),
    { kind: result.filters.kind?.[0] ?? '', title: result.meta.title ?? result.url, url: result.url, excerpt: own },
    'result',
  );
  if (shown.length) item.append(itemList(shown, 'mt-2 space-y-3 border-l border-rule pl-3'));
  if (rest.length) {
    const more = element('details', 'mt-2 border-l border-rule pl-3');
    more.append(
      element('summary', 'cursor-pointer text-sm text-muted', searchText.more(rest.length)),
      itemList(rest, 'mt-2 space-y-3'),
    );
    item.append(more);
  }
  return item;
}

export async function runSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  status.textContent = 'Type to search.';

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ form.dataset.bundle ?? '/pagefind/pagefind.js').then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: form.dataset.base ?? '/' });
        return module;
      },
    );
    return pagefind;
  };

  const search = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Type to search.';
      return;
    }
    const found = await (await load()).debouncedSearch(query);
    if (found === null) return; // A newer keystroke superseded this search.
    const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...results.map(resultItem));
    const total = found.results.length;
    status.textContent =
      total === 0
        ? `No results for “${query}”.`
        : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > MAX_RESULTS ? `, first ${MAX_RESULTS} shown` : ''}.`;
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    await search();
  }
}
