/**
 * Behaviour of the share controls: copy an item's address to the clipboard, or hand it to the
 * system share sheet where the browser has one. One delegated listener serves every item.
 */
const BUTTON_CLASS = 'share-button';

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
  if (boxes.length === 0) return;
  const status = root.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'sr-only';
  root.body.append(status);
  const canShare = typeof navigator.share === 'function';

  for (const box of boxes) {
    box.querySelector('[data-copy]')?.classList.remove('invisible');
    if (canShare) {
      const share = root.createElement('button');
      share.type = 'button';
      share.dataset.webShare = '';
      share.className = BUTTON_CLASS;
      share.textContent = 'Share';
      share.setAttribute('aria-label', `Share ${box.dataset.what ?? 'this'}`);
      box.append(share);
    }
  }

  const copyFrom = async (box: HTMLElement, button: HTMLButtonElement) => {
    const url = box.dataset.url ?? location.href;
    if (await copy(url)) {
      status.textContent = 'Link copied';
      button.dataset.copied = '';
      button.textContent = 'Copied';
      setTimeout(() => {
        button.textContent = 'Copy link';
        delete button.dataset.copied;
      }, 2000);
    } else {
      // Without clipboard access, show the address selected, ready to copy by hand.
      status.textContent = 'Copy failed: the address is selected instead';
      const shown = box.querySelector<HTMLElement>('[data-address]') ?? root.createElement('span');
      shown.dataset.address = '';
      shown.textContent = url;
      box.append(shown);
      getSelection()?.selectAllChildren(shown);
    }
  };

  root.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy], [data-web-share]');
    const box = button?.closest<HTMLElement>('[data-share]');
    if (!button || !box) return;
    if (button.dataset.copy !== undefined) return copyFrom(box, button);
    try {
      await navigator.share({ title: box.dataset.title ?? document.title, url: box.dataset.url ?? location.href });
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to the clipboard.
      if ((error as DOMException).name !== 'AbortError') await copyFrom(box, button);
    }
  });
}
