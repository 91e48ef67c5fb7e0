/** Debian's Chromium driven by playwright-core (no browser download), with the flags this machine needs. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
}
