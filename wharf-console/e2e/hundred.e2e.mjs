// The console with an app of many instances (WHARF_SYSTEM/web, already ready): how long from navigation to
// an interactive page, and, after a kill of one instance's container, how long until the page shows its
// replacement ready, counted from the kill and from the server's Ready event. Prints; asserts only that it
// happens (timing goals belong to benchmarks).
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const url = process.env.WHARF_URL;
const token = process.env.WHARF_TOKEN;
const system = process.env.WHARF_SYSTEM;
const wanted = Number(process.env.WHARF_INSTANCES);
const app = `/api/v1/systems/${system}/apps/web`;
const api = async (path) => (await fetch(url + path, { headers: { Authorization: `Bearer ${token}` } })).json();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const readyRows = () => page.getByTestId('instance').filter({ hasText: 'ready' }).filter({ hasNotText: 'not ready' });
try {
  await page.goto(url + '/');
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Systems' }).waitFor();

  const navigated = Date.now();
  await page.goto(`${url}/#/systems/${system}/apps/web`);
  await readyRows().nth(wanted - 1).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Scale from/ }).isEnabled();
  const interactive = Date.now() - navigated;
  console.log(`console: ${wanted} instances: navigation to interactive took ${interactive} ms`);

  const before = new Set((await api(`${app}/instances`)).map((i) => i.id));
  const victim = [...before][0];
  const container = execFileSync('podman', ['ps', '-q', '--filter', `label=wharf.io/instance=${victim}`]).toString().trim();
  const killed = Date.now();
  execFileSync('podman', ['kill', container]);
  const shown = await page.waitForFunction((known) => [...document.querySelectorAll('[data-testid=instance]')]
    .some((row) => !known.includes(row.querySelector('code')?.textContent) && row.innerText.includes('ready')
      && !row.innerText.includes('not ready')), [...before], { timeout: 60_000, polling: 20 })
    .then(() => Date.now());
  const replacement = (await api(`${app}/instances`)).find((i) => !before.has(i.id))?.id;
  const events = await api(`${app}/events?limit=1000`);
  const ready = events.find((e) => e.reason === 'Ready' && e.message.includes(replacement));
  const afterEvent = ready ? shown - Date.parse(ready.time) : NaN;
  console.log(`console: killed ${victim}: the page showed ${replacement} ready ${shown - killed} ms after the kill,`
    + ` ${afterEvent} ms after its Ready event`);
  await browser.close();
} catch (e) {
  console.error(`console: FAILED: ${e.message}`);
  await browser.close();
  process.exit(1);
}
