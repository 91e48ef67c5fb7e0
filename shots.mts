import { startServer } from './test/e2e/static-server.ts';
import { launch } from './test/e2e/browser.ts';
const srv = await startServer('/work/main/dist');
const b = await launch();
for (const [i, p] of process.argv.slice(2).entries()) {
  const [path, w, scheme] = p.split('@');
  const ctx = await b.newContext({ viewport: { width: Number(w || 1200), height: 900 }, colorScheme: (scheme as 'dark') || 'light' });
  const page = await ctx.newPage();
  await page.goto(srv.url + path);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot${i}.png` });
  await ctx.close();
}
await b.close(); await srv.close();
