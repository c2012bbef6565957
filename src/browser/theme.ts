/**
 * The theme control's behaviour: pressing System, Light or Dark applies it at once and saves it
 * (System removes the saved choice). The inline script in <head> (src/build/theme-script.ts) applies
 * a saved choice before the first paint on the next page.
 */
type Choice = 'system' | 'light' | 'dark';

const isChoice = (value: string | undefined): value is Choice =>
  value === 'system' || value === 'light' || value === 'dark';

export function enhanceThemeControl(control: HTMLElement): void {
  const root = document.documentElement;
  const key = control.dataset.storageKey ?? 'parallax-theme';
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')];

  const show = (choice: Choice) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.themeChoice === choice));
  };
  const apply = (choice: Choice) => {
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    try {
      if (choice === 'system') localStorage.removeItem(key);
      else localStorage.setItem(key, choice);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    show(choice);
  };

  const saved = root.dataset.theme;
  show(saved === 'light' || saved === 'dark' ? saved : 'system');
  control.classList.remove('invisible');
  control.addEventListener('click', (event) => {
    const choice = (event.target as Element).closest<HTMLButtonElement>('[data-theme-choice]')?.dataset.themeChoice;
    if (isChoice(choice)) apply(choice);
  });
}
