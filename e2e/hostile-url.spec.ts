// A hostile or mangled link never breaks the page (contract §2): each refused parameter falls back
// and is named in a notice; nothing from the URL becomes markup, runs, or opens a dialog.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

interface Hostile {
  /** Links of one group are opened in turn by one test. */
  group: 'markup' | 'numbers' | 'text';
  name: string;
  /** The query string, as typed into the address bar (the browser percent-encodes what it must). */
  query: string;
  /** Parameters that must each be named in a notice. */
  notices: string[];
}

// 5,000 characters, mostly letters (so the percent-encoded request line stays under the 16 KB a
// Node server accepts), with the characters that break naive parsers and templates among them.
const junk = `${'x'.repeat(42)}<>"'&%;{}()\\\`$`.repeat(100).slice(0, 5_000);
const HOSTILE: Hostile[] = [
  { group: 'markup', name: 'a script tag', query: 'size=<script>alert(1)</script>', notices: ['size'] },
  {
    group: 'markup',
    name: 'an img onerror',
    query: 'mode=%3Cimg%20src=x%20onerror=alert(1)%3E',
    notices: ['mode'],
  },
  {
    group: 'numbers',
    name: 'numbers out of every range',
    query: 'k=1e9&stride=-1&pad=0x10&speed=NaN',
    notices: ['k', 'stride', 'pad', 'speed'],
  },
  {
    group: 'markup',
    name: 'markup as values',
    query: 'input=<b>1</b>&kernel=<svg onload=alert(1)>',
    notices: ['input', 'kernel'],
  },
  { group: 'numbers', name: 'a 5,000-digit number', query: `seed=${'9'.repeat(5_000)}`, notices: ['seed'] },
  {
    group: 'text',
    name: '5,000 characters of junk',
    query: `size=${encodeURIComponent(junk)}`,
    notices: ['size'],
  },
  {
    group: 'text',
    name: 'an unknown parameter of 5,000 characters',
    query: `${encodeURIComponent(junk)}=1&mode=%3Cx%3E`,
    notices: ['mode'],
  },
  {
    group: 'text',
    name: 'unicode digits and names',
    query: 'mode=標準&size=５&seed=٣&k=3️⃣&cin=😀',
    notices: ['mode', 'size', 'seed', 'k', 'cin'],
  },
  {
    group: 'numbers',
    name: 'a script origin and a huge step',
    query: 'origin=javascript:alert(1)&step=1e99&speed=Infinity',
    notices: ['origin', 'step', 'speed'],
  },
  {
    group: 'text',
    name: 'prototype names',
    query: 'mode=__proto__&__proto__[mode]=x&constructor=1&toString=1',
    notices: ['mode'],
  },
  {
    group: 'text',
    name: 'NUL and control characters',
    query: 'size=%00&k=%0A3&cout=%E2%80%AE1',
    notices: ['size', 'k', 'cout'],
  },
  {
    group: 'numbers',
    name: 'a broken percent escape',
    query: 'size=%E0%A4%A&dilation=%',
    notices: ['size', 'dilation'],
  },
];

/** What the URL must never add: markup, handlers, scripts of its own, frames, a set flag. */
async function expectNothingInjected(page: Page): Promise<void> {
  const census = await page.evaluate(() => ({
    images: document.querySelectorAll('img, image, picture, video, audio').length,
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    bold: document.querySelectorAll('#root b').length,
    handlers: Array.from(document.querySelectorAll('*'))
      .filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 80)),
    inlineScripts: Array.from(document.querySelectorAll('script'))
      .filter((s) => !s.src || new URL(s.src).origin !== location.origin)
      .map((s) => s.outerHTML.slice(0, 80)),
    javascriptUrls: Array.from(document.querySelectorAll('[href], [src], [action]'))
      .filter((el) =>
        /^\s*javascript:/i.test(
          el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
        ),
      )
      .map((el) => el.outerHTML.slice(0, 80)),
    pwned: (window as unknown as { pwned?: unknown }).pwned ?? null,
  }));
  expect(census, 'no element injected from the URL').toEqual({
    images: 0,
    frames: 0,
    bold: 0,
    handlers: [],
    inlineScripts: [],
    javascriptUrls: [],
    pwned: null,
  });
}

test.describe('hostile links', () => {
  let dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  test.afterEach(() => {
    expect(dialogs, 'dialogs opened').toEqual([]);
  });

  const GROUPS = {
    markup: 'markup and script in values',
    numbers: 'numbers out of range and malformed',
    text: 'long, unicode and control-character text',
  } as const;
  // One browser page for every hostile link: each is still a fresh load of its own address.
  test('every hostile link: the page renders with a notice and nothing is injected; an XSS payload never runs', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const kw = new KernelwisePage(page);
    await test.step('a clean page passes the same checks', async () => {
      await kw.open('');
      await expect(kw.notices()).toHaveCount(0);
      await expectNothingInjected(page);
    });
    for (const [group, title] of Object.entries(GROUPS)) {
      for (const hostile of HOSTILE.filter((h) => h.group === group)) {
        await test.step(`${title}: ${hostile.name}`, async () => {
          await page.goto(`/?${hostile.query}`);
          await expect(kw.status(), 'the page renders').toContainText(/Step\s+\d+\s+of\s+\d+/);
          for (const grid of ['Input', 'Kernel', 'Output'])
            await expect(kw.grid(grid).first(), `${grid} grid`).toBeVisible();
          for (const param of hostile.notices)
            await expect(kw.notice(param), `a notice about ${param}`).toBeVisible();
          await expect(page).toHaveTitle('Kernelwise');
          await expectNothingInjected(page);
          // Still a working page.
          const { n, m } = await kw.stepText();
          await kw.next().click();
          await kw.expectStep(n < m ? n + 1 : 1, m);
        });
      }
    }

    await test.step('an XSS payload that would set a flag never runs', async () => {
      const payload = encodeURIComponent(
        '"><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>',
      );
      await page.goto(`/?mode=${payload}&size=${payload}&input=${payload}&origin=${payload}#${payload}`);
      await expect(kw.notice('mode')).toBeVisible();
      await expect(kw.notice('origin')).toBeVisible();
      await expect(kw.grid('Output').first()).toBeVisible();
      // Give an injected onerror (which would fire on a failed image load) every chance to run.
      await page.waitForLoadState('load');
      await expectNothingInjected(page);
    });
  });
});
