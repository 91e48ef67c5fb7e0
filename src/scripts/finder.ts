/** Support finder: filters the pre-rendered list by the profile and needs in the form, shows what each option would lead to, and keeps the choice in the URL. */
import { keepStateOnLanguageSwitch } from './language-switch.ts';
import { FACTS, finderCounts, finderRanking, parseFinderChoice, serializeFinderChoice, shownInFinder, type Fact, type FinderChoice, type FinderItem } from '../lib/finder.ts';

const form = document.querySelector<HTMLFormElement>('[data-finder]')!;
const status = document.querySelector<HTMLElement>('[data-finder-status]')!;
const choices = form.querySelector<HTMLDetailsElement>('[data-finder-choices]')!;
const items = [...document.querySelectorAll<HTMLLIElement>('[data-testid="finder-results"] > li')];
const text = JSON.parse(form.dataset.text!) as { gap: string; count: string; countAll: string; hidden: string; none: string; zero: string };
const facts = Object.keys(FACTS) as Fact[];
const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const needBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=need]')];
const allBox = form.querySelector<HTMLInputElement>('input[name=all]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('[data-finder-sort]')!;
const needs = needBoxes.map((b) => b.value);
const data: (FinderItem & { basis?: string })[] = items.map((li) => ({
  audiences: li.dataset.audiences!.split(' ').filter(Boolean),
  instruments: li.dataset.instruments!.split(' ').filter(Boolean),
  current: li.dataset.current === '1',
  basis: li.dataset.basis,
  amount: li.dataset.amount ? Number(li.dataset.amount) : null,
}));
const list = items[0]?.parentElement;

document.querySelector('[data-finder-nojs]')?.remove();

// Results first on small screens: the choices start folded there (open on wider screens, and without JavaScript).
if (matchMedia('(max-width: 767px)').matches) choices.open = false;

/** Writes an option's count, and disables an option that leads to nothing (unless it is the one chosen). */
function showCount(input: HTMLInputElement, n: number) {
  input.disabled = n === 0 && !input.checked;
  input.closest('label')!.querySelector('[data-count]')!.textContent = `(${n}${n === 0 ? ` — ${text.zero}` : ''})`;
}

function apply(choice: FinderChoice) {
  for (const r of radios) r.checked = (choice[r.name as Fact] ?? '') === r.value;
  for (const b of needBoxes) b.checked = choice.needs.includes(b.value);
  allBox.checked = choice.all === true;
  sortSelect.value = choice.sort ?? 'fit';
  let shown = 0;
  items.forEach((li, i) => {
    const show = shownInFinder(data[i]!, choice);
    li.hidden = !show;
    if (show) shown++;
  });
  // Closest fits (or largest amounts) first (src/lib/finder.ts): re-append the items in that order.
  for (const i of finderRanking(data, choice)) list?.append(items[i]!);
  const counts = finderCounts(data, choice, needs);
  for (const r of radios) showCount(r, counts.facts[r.name as Fact][r.value]!);
  for (const b of needBoxes) showCount(b, counts.needs[b.value]!);
  const hiddenEnded = choice.all ? 0 : data.filter((m) => !m.current && shownInFinder(m, { ...choice, all: true })).length;
  status.textContent = (shown ? (choice.all ? text.countAll : text.count).replace('{n}', String(shown)) : text.none) + (hiddenEnded ? text.gap + text.hidden.replace('{n}', String(hiddenEnded)) : '');
}

/** The choice the form shows. */
function current(): FinderChoice {
  const fact = (name: Fact) => radios.find((r) => r.name === name && r.checked)?.value || null;
  const [org, size, tech] = facts.map(fact);
  return { org, size, tech, needs: needBoxes.filter((b) => b.checked).map((b) => b.value), all: allBox.checked, ...(sortSelect.value === 'amount' ? { sort: 'amount' } : {}) } as FinderChoice;
}

form.addEventListener('change', () => {
  const choice = current();
  history.replaceState(null, '', location.pathname + serializeFinderChoice(choice));
  keepStateOnLanguageSwitch();
  apply(choice);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  form.dispatchEvent(new Event('change'));
});
apply(parseFinderChoice(location.search, needs));
keepStateOnLanguageSwitch();
