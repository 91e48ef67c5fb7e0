/** Support finder: filters the pre-rendered list by the choice in the form, and keeps the choice in the URL. */
import { matchesFinder, parseFinderChoice, serializeFinderChoice, type FinderChoice } from '../lib/finder.ts';

const form = document.querySelector<HTMLFormElement>('[data-finder]')!;
const status = document.querySelector<HTMLElement>('[data-finder-status]')!;
const items = [...document.querySelectorAll<HTMLLIElement>('[data-testid="finder-results"] > li')];
const text = JSON.parse(form.dataset.text!) as { count: string; none: string };
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const known = {
  audiences: boxes.filter((b) => b.name === 'audience').map((b) => b.value),
  instruments: boxes.filter((b) => b.name === 'instrument').map((b) => b.value),
};

function apply(choice: FinderChoice) {
  for (const b of boxes) b.checked = (b.name === 'audience' ? choice.audiences : choice.instruments).includes(b.value);
  let shown = 0;
  for (const li of items) {
    const match = matchesFinder({ audiences: li.dataset.audiences!.split(' ').filter(Boolean), instruments: li.dataset.instruments!.split(' ').filter(Boolean) }, choice);
    li.hidden = !match;
    if (match) shown++;
  }
  status.textContent = shown ? text.count.replace('{n}', String(shown)) : text.none;
}

function current(): FinderChoice {
  return {
    audiences: boxes.filter((b) => b.name === 'audience' && b.checked).map((b) => b.value),
    instruments: boxes.filter((b) => b.name === 'instrument' && b.checked).map((b) => b.value),
  };
}

form.addEventListener('change', () => {
  const choice = current();
  history.replaceState(null, '', location.pathname + serializeFinderChoice(choice));
  apply(choice);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  form.dispatchEvent(new Event('change'));
});
apply(parseFinderChoice(location.search, known));
