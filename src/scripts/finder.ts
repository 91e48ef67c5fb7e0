/** Support finder: filters the pre-rendered list by the choice in the form, shows what each choice would lead to, and keeps the choice in the URL. */
import { finderCounts, parseFinderChoice, serializeFinderChoice, shownInFinder, type FinderChoice, type FinderItem } from '../lib/finder.ts';

const form = document.querySelector<HTMLFormElement>('[data-finder]')!;
const status = document.querySelector<HTMLElement>('[data-finder-status]')!;
const choices = form.querySelector<HTMLDetailsElement>('[data-finder-choices]')!;
const items = [...document.querySelectorAll<HTMLLIElement>('[data-testid="finder-results"] > li')];
const text = JSON.parse(form.dataset.text!) as { count: string; countAll: string; hidden: string; none: string; zero: string };
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=audience], input[name=instrument]')];
const allBox = form.querySelector<HTMLInputElement>('input[name=all]')!;
const known = {
  audiences: boxes.filter((b) => b.name === 'audience').map((b) => b.value),
  instruments: boxes.filter((b) => b.name === 'instrument').map((b) => b.value),
};
const data: FinderItem[] = items.map((li) => ({
  audiences: li.dataset.audiences!.split(' ').filter(Boolean),
  instruments: li.dataset.instruments!.split(' ').filter(Boolean),
  current: li.dataset.current === '1',
}));

// Results first on small screens: the choices start folded there (open on wider screens, and without JavaScript).
if (matchMedia('(max-width: 767px)').matches) choices.open = false;

function apply(choice: FinderChoice) {
  for (const b of boxes) b.checked = (b.name === 'audience' ? choice.audiences : choice.instruments).includes(b.value);
  allBox.checked = choice.all === true;
  let shown = 0;
  items.forEach((li, i) => {
    const show = shownInFinder(data[i]!, choice);
    li.hidden = !show;
    if (show) shown++;
  });
  // Counts of what a click on each choice would show; a choice leading to nothing is disabled and says why.
  const counts = finderCounts(data, choice, known);
  for (const b of boxes) {
    const n = counts[b.name === 'audience' ? 'audiences' : 'instruments'][b.value]!;
    b.disabled = n === 0 && !b.checked;
    b.closest('label')!.querySelector('[data-count]')!.textContent = `(${n}${n === 0 ? ` — ${text.zero}` : ''})`;
  }
  const hiddenEnded = choice.all ? 0 : data.filter((m) => !m.current && shownInFinder(m, { ...choice, all: true })).length;
  status.textContent = (shown ? (choice.all ? text.countAll : text.count).replace('{n}', String(shown)) : text.none) + (hiddenEnded ? ' ' + text.hidden.replace('{n}', String(hiddenEnded)) : '');
}

function current(): FinderChoice {
  return {
    audiences: boxes.filter((b) => b.name === 'audience' && b.checked).map((b) => b.value),
    instruments: boxes.filter((b) => b.name === 'instrument' && b.checked).map((b) => b.value),
    all: allBox.checked,
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
