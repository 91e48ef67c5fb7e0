/** Keeps a page's state (query string, fragment) on the language switch, so the other language opens with the same choices and view; for pages whose state is language-neutral (the finder's ids, the chart's ids and years), or the neutral part of it (`search`: the search page's query and scope). */
import { withState } from '../lib/query-state.ts';

export function keepStateOnLanguageSwitch(search = location.search): void {
  const a = document.querySelector<HTMLAnchorElement>('[data-testid="language-switch"]');
  if (a) a.setAttribute('href', withState(a.getAttribute('href') ?? '', search, location.hash));
}
