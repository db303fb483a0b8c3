// The console in Debian's Chromium (driven by playwright-core, which never downloads a browser), against a
// real server: WHARF_URL, WHARF_TOKEN (a token that may create systems) and WHARF_SYSTEM (a new system's name).
// Each step prints a line; the first failure exits 1 with what was on the page.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const url = process.env.WHARF_URL;
const token = process.env.WHARF_TOKEN;
const system = process.env.WHARF_SYSTEM;
const image1 = 'localhost/wharf/hello:1';
const image2 = 'localhost/wharf/hello:2';
const api = (method, path, body) => fetch(url + path, {
  method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  body: body && JSON.stringify(body),
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const step = (text) => console.log(`console: ${text}`);
// requests the browser gave up on (not the streams it aborted on purpose), shown if a step fails
const failedRequests = [];
page.on('requestfailed', (r) => {
  if (r.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
});
// a screenshot of each main page, as the person saw it
const shots = process.env.WHARF_SCREENSHOTS || 'target/screenshots';
mkdirSync(shots, { recursive: true });
const shot = (name) => page.screenshot({ path: `${shots}/${name}.png` });
// axe-core's WCAG 2 A and AA rules on the page as it is now: serious or critical violations fail the test
const accessible = async (where) => {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })));
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) throw new Error(`accessibility of ${where}: ${JSON.stringify(bad)}`);
  step(`${where}: no serious accessibility violation (axe-core, WCAG 2 A and AA${found.length ? `; minor: ${found.map((v) => v.id)}` : ''})`);
};
try {
  const started = Date.now();
  await page.goto(url + '/');
  await page.getByLabel('Token').waitFor();
  step(`the login page is interactive ${Date.now() - started} ms after navigation`);
  await accessible('the login page');
  await shot('login');

  await page.getByLabel('Token').fill('wharf_not_a_token');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('alert').filter({ hasText: '401' }).waitFor();
  step('a wrong token is refused with the server\'s 401');

  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Systems' }).waitFor();
  if (page.url().includes(token)) throw new Error('the token is in the URL');
  step('logged in');
  await accessible('the systems page');

  const link = await (await api('POST', '/api/v1/console/links', {})).json();
  const linked = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await linked.goto(url + link.path);
  await linked.getByRole('button', { name: 'Log in as admin' }).click();
  await linked.getByRole('heading', { name: 'Systems' }).waitFor();
  if (linked.url().includes('login=')) throw new Error(`the link's code stayed in the address: ${linked.url()}`);
  const again = await browser.newPage();
  await again.goto(url + link.path);
  await again.getByRole('alert').filter({ hasText: '401' }).waitFor();
  await linked.close();
  await again.close();
  step('a one-time link (wharf console) left the address at once and, once agreed, logged a new tab in as admin; used again it was refused');

  await page.getByLabel('New system').fill(system);
  await page.getByRole('button', { name: 'Create system' }).click();
  await page.getByRole('heading', { name: system }).waitFor();
  const section = page.getByRole('region', { name: system });
  await section.getByLabel('New app').fill('web');
  await section.getByLabel('Image').fill(image1);
  await section.getByRole('button', { name: 'Create app' }).click();
  await section.getByRole('row').filter({ hasText: 'web' }).filter({ hasText: 'Available' }).filter({ hasText: '1/1' })
    .waitFor({ timeout: 60_000 });
  step('the overview showed the new app Available, 1/1, from its event stream');
  await shot('systems');
  await section.getByRole('link', { name: 'web' }).click();
  await page.getByRole('heading', { name: `${system} / web` }).waitFor();
  step('created a system and an app, and opened the app');

  await page.getByLabel('Instances wanted').fill('3');
  await page.getByRole('button', { name: /^Scale from 1 to 3$/ }).click();
  await page.getByTestId('instance').filter({ hasText: 'ready' }).filter({ hasNotText: 'not ready' }).nth(2)
    .waitFor({ timeout: 60_000 });
  await page.getByTestId('ready').filter({ hasText: '3/3' }).waitFor({ timeout: 30_000 });
  step('scaled to 3: three instances are ready');
  await page.getByRole('img', { name: /^CPU, now / }).waitFor();
  await page.getByRole('img', { name: /^Memory, now / }).waitFor();
  await accessible('the app page');
  await shot('app');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`at a phone's width the page is ${overflow} px too wide`);
  await page.getByRole('button', { name: /^Scale from/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/app-phone.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  step('at a phone\'s width (390 px) the app page fits without sideways scrolling');

  const instance = (await (await api('GET', `/api/v1/systems/${system}/apps/web/instances`)).json())[0].id;
  const marker = `written-at-${Date.now()}`;
  const exec = await api('POST', `/api/v1/systems/${system}/apps/web/instances/${instance}/exec`,
    { command: ['sh', '-c', `echo ${marker} > /proc/1/fd/1`] });
  if (!exec.ok) throw new Error(`exec failed: ${exec.status} ${await exec.text()}`);
  const written = Date.now();
  await page.getByTestId('logs').filter({ hasText: marker }).waitFor({ timeout: 10_000 });
  step(`a log line written in ${instance} showed on the page ${Date.now() - written} ms later`);

  await page.getByRole('button', { name: `Terminal in ${instance}` }).click();
  const terminal = page.getByTestId('terminal');
  await page.getByRole('heading', { name: /Terminal in .* \(open\)/ }).waitFor({ timeout: 10_000 });
  await terminal.click();
  await page.keyboard.type('hostname');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector('[data-testid=terminal] .xterm-rows')?.innerText
    .split('\n').some((line) => line.trim() === id), instance, { timeout: 10_000 });
  await page.keyboard.type('exit');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Terminal in .* \(ended: exit code 0\)/ }).waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Close the terminal' }).click();
  step(`ran hostname in a terminal in ${instance}: it answered ${instance}, and exit ended the session`);

  await page.getByLabel('Image').fill(image2);
  await page.getByRole('button', { name: /^Deploy .* as revision 2$/ }).click();
  await page.locator('p', { hasText: 'revision 2 ·' }).waitFor({ timeout: 30_000 });
  await page.getByText(image2).first().waitFor();
  await page.getByRole('button', { name: 'What rolling back to revision 1 changes' }).click();
  const changes = await page.getByTestId('release-diff').innerText();
  if (!changes.includes(`-image: ${image2}`) || !changes.includes(`+image: ${image1}`)) {
    throw new Error(`what rolling back changes was shown as: ${changes}`);
  }
  await page.getByRole('button', { name: 'Roll back to revision 1' }).click();
  await page.locator('p', { hasText: 'revision 3 ·' }).waitFor({ timeout: 30_000 });
  await page.locator('p', { hasText: 'revision 3 ·' }).getByText(image1).waitFor();
  await page.getByRole('heading', { name: 'Rollout of revision 3: RolledBack' }).waitFor({ timeout: 30_000 });
  step('deployed a second version, saw what rolling back changes (the image), and rolled back: the rollout of revision 3 ended RolledBack');

  const put = await fetch(`${url}/api/v1/systems/${system}/apps/web/configs/app-conf`, {
    method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ path: '/etc/app.conf', content: 'greeting=hello\nport=8080' }),
  });
  if (!put.ok) throw new Error(`config: ${put.status} ${await put.text()}`);
  await page.getByRole('button', { name: 'Edit app-conf' }).click();
  await page.getByLabel('Content of app-conf').fill('greeting=hi\nport=8080');
  await page.getByRole('button', { name: 'Review the changes' }).click();
  const diff = await page.getByTestId('config-diff').innerText();
  if (diff !== '-greeting=hello\n+greeting=hi\n port=8080') throw new Error(`the diff before saving was: ${diff}`);
  await page.getByRole('button', { name: 'Save app-conf as a new release' }).click();
  await page.locator('p', { hasText: 'revision 5 ·' }).waitFor({ timeout: 30_000 });
  step('edited a config file: the diff showed before saving, and saving made revision 5');

  await page.getByLabel('Instances wanted').fill('100000');
  await page.getByRole('button', { name: /^Scale from 3 to 100000$/ }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '422' });
  await refusal.waitFor();
  step(`a refused scale shows the server's error: ${(await refusal.innerText()).replace(/\s+/g, ' ')}`);

  await page.getByRole('link', { name: 'Clusters' }).click();
  await page.getByTestId('cluster').filter({ hasText: 'local' }).waitFor();
  await accessible('the clusters page');
  await shot('clusters');
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await page.getByTestId('audit-entry').filter({ hasText: `PUT /api/v1/systems/${system}/apps/web/replicas` }).first()
    .waitFor();
  await accessible('the audit trail');
  await shot('audit');
  step('the clusters page lists local, and the audit trail shows the scale made from the page');

  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByLabel('Token').waitFor();
  if (await page.evaluate(() => sessionStorage.length) !== 0) throw new Error('the token outlived the logout');
  step('logged out: the token is gone from the tab');
  step(`screenshots of each main page are in ${shots}`);
  if (failedRequests.length) step(`requests the browser gave up on (healed by reconnecting): ${failedRequests.join('; ')}`);
  await browser.close();
} catch (e) {
  console.error(`console: FAILED: ${e.message}`);
  if (failedRequests.length) console.error(`console: requests that failed: ${failedRequests.join('; ')}`);
  console.error(await page.locator('body').innerText().catch(() => '(no page)'));
  await page.screenshot({ path: `${shots}/failure.png` }).catch(() => {});
  await browser.close();
  process.exit(1);
}
