/** Debian's Chromium as every browser tool here starts it (browser tests, screenshots, benchmarks through browser.ts; Lighthouse): its path and the flags this machine needs. */
export const CHROMIUM_FLAGS: readonly string[] = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The browser binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
