/** Keeps a page's state (query string, fragment) on the language switch, so the other language opens with the same choices and view; for pages whose state is language-neutral (the finder's ids, the chart's ids and years). The search page sets its query and scope on the switch itself (src/scripts/search.ts: its filter values are per language). */
import { withState } from '../lib/query-state.ts';

export function keepStateOnLanguageSwitch(): void {
  const a = document.querySelector<HTMLAnchorElement>('[data-testid="language-switch"]');
  if (a) a.setAttribute('href', withState(a.getAttribute('href') ?? '', location.search, location.hash));
}
