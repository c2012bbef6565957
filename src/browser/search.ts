/**
 * The search page's behaviour: loads Pagefind on first use, searches as the reader types (and on
 * submit), and lists results as plain links built with DOM methods, never from raw HTML.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { kind?: string[] };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const MAX_RESULTS = 20;

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

function resultItem(result: PagefindResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-md border border-rule bg-surface p-3';
  const kind = document.createElement('p');
  kind.className = 'eyebrow';
  kind.textContent = result.filters.kind?.[0] ?? '';
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'nav-link font-serif text-lg';
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1';
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(kind, link, excerpt);
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
