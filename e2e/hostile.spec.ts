import { expect, test } from '@playwright/test';
import {
  STEPS,
  expectActiveStep,
  stepAt,
  watchForProblems,
  expectNoProblems,
} from './support/story';

const IDS = STEPS.map((step) => step.id);

/** A few hundred hashes no step is named: script, markup, encodings, unicode, lengths, other pages' ids. */
function hostileHashes(): string[] {
  const pieces = [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror=window.__pwned=1>',
    'javascript:window.__pwned=1',
    "'-window.__pwned=1-'",
    '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    '%E0%A4%A',
    '%',
    '%%',
    '%00',
    '%0d%0a',
    '\u202e',
    '🙂',
    '贵州',
    '__proto__',
    'constructor',
    'toString',
    'main',
    'story-text',
    'credits',
    'credits-title',
    '..%2F..%2Fetc%2Fpasswd',
    '#',
    '##',
    ' ',
    'a'.repeat(5000),
  ];
  const hashes = new Set<string>(pieces);
  for (const id of IDS) {
    hashes.add(`${id}<script>`);
    hashes.add(`${id}/`);
    hashes.add(`${id}?x=1`);
    hashes.add(`${id}%`);
    hashes.add(`-${id}`);
    hashes.add(`${id}--`);
    hashes.add(`${id}\u0000`);
    hashes.add(encodeURIComponent(`${id}"`));
    hashes.add(`${id}`.repeat(8));
    hashes.add(`${id}#${id}`);
    for (const piece of pieces.slice(0, 5)) hashes.add(`${id}${piece}`);
  }
  return [...hashes];
}

test('hundreds of hostile hashes never run anything, never throw, and leave a valid step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const hashes = hostileHashes();
  expect(hashes.length).toBeGreaterThan(250);
  const problems = await watchForProblems(page);
  page.on('dialog', async (dialog) => {
    problems.errors.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(`/#${stepAt(3).id}`);
  await expectActiveStep(page, stepAt(3).id);
  // In the page, one after another, each given a task's time for the hashchange to be handled.
  const seen = await page.evaluate(async (values) => {
    const active: (string | null)[] = [];
    for (const value of values) {
      window.location.hash = value;
      await new Promise((resolve) => setTimeout(resolve, 0));
      active.push(
        document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? null,
      );
    }
    return active;
  }, hashes);
  expect(seen).toHaveLength(hashes.length);
  for (const active of seen) expect(IDS).toContain(active);
  // A junk hash on a fresh load lands on the first step.
  for (const hash of hashes.slice(0, 8)) {
    await page.goto('about:blank');
    await page.goto(`/#${hash}`);
    await expectActiveStep(page, stepAt(0).id);
  }
  expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
  expectNoProblems(problems);
});

test('hostile share paths land on the story, never run anything', async ({ page }) => {
  test.setTimeout(120_000);
  // Paths a static host serves as "not found" open the story at its start. Some it refuses
  // itself (a malformed escape, a name too long for the file system): no page of ours runs.
  const paths = [
    '/s/atlantis/',
    '/s/<script>alert(1)<%2Fscript>/',
    '/s/%3Cscript%3E/',
    '/s/%E0%A4%A/',
    `/s/${'x'.repeat(300)}/`,
    '/s/../../etc/passwd',
    '/s/%2e%2e%2f%2e%2e%2fetc/',
    `/s/${stepAt(1).id}%00/`,
    '/s/',
    '/present/presenter/../../s/x/',
    '/zh/s/atlantis/',
  ];
  for (const path of paths) {
    let dialog = false;
    page.once('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const response = await page.goto(path);
    if (response?.status() === 404) {
      await expectActiveStep(page, stepAt(0).id);
      // The start of the edition the address was in.
      expect(new URL(page.url()).pathname).toBe(path.startsWith('/zh/') ? '/zh/' : '/');
    } else expect(response?.status()).toBeGreaterThanOrEqual(400);
    expect(dialog).toBe(false);
  }
});

test('the page sets no cookie, and a script the policy does not name is refused', async ({
  page,
  context,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
        event.violatedDirective,
      );
    });
  });
  for (const path of ['/', '/text/', '/present/', `/s/${stepAt(2).id}/`, '/embed/']) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  }
  await page.goto(`/#${stepAt(2).id}`);
  await expect(page.locator('[data-map-settled="true"]')).toBeAttached({ timeout: 60_000 });
  expect(violations).toEqual([]);

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
});
