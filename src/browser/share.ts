/**
 * Behaviour of the share controls (src/components/ShareControls.astro): each item's button hands
 * the item's address to the device's share sheet where there is one, and otherwise copies it. The
 * address is resolved against the page the reader is on, so a copy of the site served from
 * anywhere shares its own address. One delegated listener serves every item.
 */
import { shareText } from '../model/labels';

/** The address of the item a control links to, on the origin the reader is using. */
export function sharedUrl(link: HTMLAnchorElement | null, here: string): string {
  return new URL(link?.getAttribute('href') ?? '', here).href;
}

/** Copies with the async clipboard API; false where it is unavailable (e.g. not a secure context). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function enhanceShareControls(root: Document): void {
  const boxes = root.querySelectorAll<HTMLElement>('[data-share]');
  if (boxes.length === 0 || root.body.dataset.shareReady !== undefined) return;
  root.body.dataset.shareReady = '';
  const status = root.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  root.body.append(status);
  const canShare = typeof navigator.share === 'function';

  for (const box of boxes) {
    const button = box.querySelector<HTMLButtonElement>('[data-share-button]');
    if (!button) continue;
    const label = box.dataset.label ?? '';
    if (canShare) {
      button.textContent = shareText.shareShort;
      button.setAttribute('aria-label', shareText.share(label));
    }
    button.classList.remove('invisible');
    box.querySelector('[data-permalink]')?.classList.add('invisible');
  }

  const copyFrom = async (box: HTMLElement, button: HTMLButtonElement, url: string) => {
    if (await copy(url)) {
      status.textContent = shareText.copied;
      button.dataset.copied = '';
      const before = button.textContent;
      button.textContent = shareText.copiedShort;
      setTimeout(() => {
        button.textContent = before;
        delete button.dataset.copied;
      }, 2000);
    } else {
      // Without clipboard access, show the address selected, ready to copy by hand.
      status.textContent = shareText.copyFailed;
      const shown = box.querySelector<HTMLElement>('[data-address]') ?? root.createElement('span');
      shown.dataset.address = '';
      shown.className = 'block break-all';
      shown.textContent = url;
      box.append(shown);
      getSelection()?.selectAllChildren(shown);
    }
  };

  const shareFrom = async (box: HTMLElement, button: HTMLButtonElement, url: string) => {
    try {
      await navigator.share({ title: box.dataset.title ?? document.title, url });
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to the clipboard.
      if ((error as DOMException).name !== 'AbortError') await copyFrom(box, button, url);
    }
  };

  // A listener's returned promise is ignored by the browser, so the listener itself is synchronous
  // and hands off to a function that handles its own failures.
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-share-button]');
    const box = button?.closest<HTMLElement>('[data-share]');
    if (!button || !box) return;
    const url = sharedUrl(box.querySelector<HTMLAnchorElement>('[data-permalink]'), location.href);
    void (canShare ? shareFrom(box, button, url) : copyFrom(box, button, url));
  });
}
