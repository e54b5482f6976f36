// The embed protocol of contract §4, driven from a host page on another origin (see embed-host.ts).
import { expect, test } from './fixtures';
import {
  APP_ORIGIN,
  HOST_ORIGIN,
  appFrame,
  cmd,
  exchange,
  expectFrameStep,
  type HostWindow,
  type Message,
  openHost,
  post,
  received,
  settle,
  stepEvent,
  withoutResize,
} from './embed-host';

test.describe('embed protocol, from a host page on another origin', () => {
  test('ready, stepping, playing, set, and changes made inside (each from a fresh host page)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('ready arrives once, from the app origin, with the state, the step and the step count', async () => {
      const kw = await openHost(page);
      // Everything so far came from the iframe, from the app's origin, and nothing was an error.
      expect(await settle(page, 0), 'ready is the only event before any command').toEqual([
        {
          kernelwise: 1,
          event: 'ready',
          state: expect.objectContaining({ mode: 'standard' }),
          step: 0,
          steps: 25,
        },
      ]);
      const all = await received(page);
      for (const r of all) {
        expect(r.origin, `origin of ${JSON.stringify(r.data)}`).toBe(APP_ORIGIN);
        expect(r.fromFrame, 'sent by the Kernelwise iframe').toBe(true);
      }
      const ready = all.find((r) => r.data.event === 'ready')!.data;
      // The state reproduces the view: only §2 parameters, all strings.
      for (const [key, value] of Object.entries(ready.state as Message))
        expect(typeof value, `state.${key}`).toBe('string');
      await expectFrameStep(kw, 1, 25);
      // Still once, after a command has gone through.
      await exchange(page, cmd('next'));
      expect((await received(page)).filter((r) => r.data.event === 'ready')).toHaveLength(1);
    });

    await test.step('next, previous, last, first and seek report each new step; seek clamps', async () => {
      const kw = await openHost(page);
      expect(await exchange(page, cmd('next'))).toEqual([stepEvent(1, 25)]);
      await expectFrameStep(kw, 2, 25);
      // Commands that arrive together are applied together: the last step event is the one shown.
      const twice = await exchange(page, cmd('next'), cmd('next'));
      expect(twice.at(-1)).toEqual(stepEvent(3, 25));
      expect(twice.length).toBeLessThanOrEqual(2);
      await expectFrameStep(kw, 4, 25);
      expect(await exchange(page, cmd('previous'))).toEqual([stepEvent(2, 25)]);
      await expectFrameStep(kw, 3, 25);
      expect(await exchange(page, cmd('last'))).toEqual([stepEvent(24, 25)]);
      await expectFrameStep(kw, 25, 25);
      expect(await exchange(page, cmd('first'))).toEqual([stepEvent(0, 25)]);
      await expectFrameStep(kw, 1, 25);
      expect(await exchange(page, cmd('seek', { step: 7 }))).toEqual([stepEvent(7, 25)]);
      await expectFrameStep(kw, 8, 25);
      expect(
        await exchange(page, cmd('seek', { step: 1_000_000_000 })),
        'a huge step is clamped to the last',
      ).toEqual([stepEvent(24, 25)]);
      await expectFrameStep(kw, 25, 25);
      expect(
        await exchange(page, cmd('seek', { step: 24 })),
        'no event when the step does not change',
      ).toEqual([]);
      expect(await exchange(page, cmd('seek', { step: 0 }))).toEqual([stepEvent(0, 25)]);
      await expectFrameStep(kw, 1, 25);
    });

    await test.step('play advances with step events; pause stops them', async () => {
      const kw = await openHost(page);
      const mark = (await received(page)).length;
      await post(page, cmd('play'));
      await expect(kw.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
      // Default speed: 2 steps a second.
      const steps = async () =>
        withoutResize((await received(page)).slice(mark)).filter((m) => m.event === 'step');
      await expect.poll(async () => (await steps()).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
      const events = await settle(page, mark, { strict: false });
      events.forEach((m, i) => expect(m, `step event ${i + 1}`).toEqual(stepEvent(i + 1, 25)));

      const paused = (await received(page)).length;
      await post(page, cmd('pause'));
      await expect(kw.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
      const afterPause = await settle(page, paused, { strict: false });
      // A step may already be on its way when pause lands, but no more than that one.
      expect(afterPause.length, 'at most one step event after pause').toBeLessThanOrEqual(1);
      const quiet = (await received(page)).length;
      await page.waitForTimeout(1_200); // 2.4 steps' worth at the default speed
      expect(await settle(page, quiet), 'no step events while paused').toEqual([]);
      const { step } = (await steps()).at(-1) as { step: number };
      await expectFrameStep(kw, step + 1, 25);
    });

    await test.step('set changes the configuration: a state event, a step event, and a new grid', async () => {
      const kw = await openHost(page);
      const events = await exchange(page, cmd('set', { state: { mode: 'dilated', size: '9' } }));
      const state = events.find((m) => m.event === 'state');
      expect(state, 'a state event').toBeDefined();
      expect(state!.state).toMatchObject({ mode: 'dilated', size: '9' });
      const step = events.find((m) => m.event === 'step') as { step: number; steps: number } | undefined;
      expect(step, 'a step event').toBeDefined();
      // Dilated view defaults: 3×3 kernel, dilation 2, no padding: a 9×9 input gives 5×5 outputs.
      expect(step).toEqual(stepEvent(0, 25));
      expect(
        events.filter((m) => m.event === 'error'),
        'nothing refused',
      ).toEqual([]);
      await expectFrameStep(kw, 1, step!.steps);
      await expect(kw.getByRole('tab', { name: /^Dilated/ })).toHaveAttribute('aria-selected', 'true');
      const input = kw
        .getByRole('grid', { name: /^Input/ })
        .getByRole('gridcell')
        .and(kw.locator(':not([data-padded="true"])'));
      await expect(input, 'a 9×9 input').toHaveCount(81);

      // Parameters not named keep their values; a step given is shown.
      const more = await exchange(page, cmd('set', { state: { k: '2', step: '3' } }));
      expect(more.find((m) => m.event === 'state')?.state).toMatchObject({
        mode: 'dilated',
        size: '9',
        k: '2',
      });
      // 9 − 2·(2 − 1) = 7 outputs a side.
      expect(more.filter((m) => m.event === 'step').at(-1)).toEqual(stepEvent(3, 49));
      await expectFrameStep(kw, 4, 49);

      // The host cannot redirect the events with set: only the iframe's address names the origin.
      // (settle() waits for the sentinel's error to reach this page: it still does.)
      const redirected = await exchange(page, cmd('set', { state: { origin: 'http://127.0.0.1:4999' } }));
      expect(redirected).toEqual([
        { kernelwise: 1, event: 'error', message: expect.stringContaining('origin') },
      ]);
      expect(await exchange(page, cmd('next'))).toEqual([stepEvent(4, 49)]);
    });

    // BUG: set {mode} from a view with parameters the new view does not use (cin/cout) answers with an
    // `error` naming parameters the host never sent, although the command was applied.
    await test.step('set {mode} does not blame parameters the host did not send', async () => {
      const kw = await openHost(page, `embed=1&mode=standard&cin=3&cout=2&origin=${HOST_ORIGIN}`);
      await expectFrameStep(kw, 1, 50);
      const events = await exchange(page, cmd('set', { state: { mode: 'dilated' } }));
      expect(events.find((m) => m.event === 'state')?.state).toMatchObject({ mode: 'dilated' });
      expect(
        events.filter((m) => m.event === 'error'),
        'no error for a command that was applied as sent',
      ).toEqual([]);
    });

    // BUG (same cause): set {size} on an embed with edited values answers with an error about `input`
    // (which the host never sent) and drops the edits, where the Parameters panel keeps them.
    await test.step('set {size} keeps edited values and does not blame input', async () => {
      // Input row 1 = 2,6,42,4,9: cell (1, 2) edited to 42.
      const input = '6,0,5,9,9_2,6,42,4,9_4,4,1,4,2_1,4,0,3,7_2,1,0,4,5';
      const kw = await openHost(page, `embed=1&mode=standard&input=${input}&origin=${HOST_ORIGIN}`);
      const cell = kw.locator('[role="grid"][aria-label^="Input"] [data-row="1"][data-col="2"]');
      await expect(cell).toHaveText('42');
      const events = await exchange(page, cmd('set', { state: { size: '6' } }));
      await expectFrameStep(kw, 1, 36);
      expect(events.filter((m) => m.event === 'error')).toEqual([]);
      await expect(cell, 'the edited value survives a resize').toHaveText('42');
    });

    await test.step('changes made inside the embed are reported to the host', async () => {
      const kw = await openHost(page);
      const mark = (await received(page)).length;
      await kw.getByRole('button', { name: 'Next step', exact: true }).click();
      await expectFrameStep(kw, 2, 25);
      await kw.getByRole('tab', { name: /^Dilated/ }).click();
      await expectFrameStep(kw, 1, 9);
      const events = await settle(page, mark);
      expect(events[0], 'the Next step button').toEqual(stepEvent(1, 25));
      expect(events.slice(1)).toEqual([
        { kernelwise: 1, event: 'state', state: expect.objectContaining({ mode: 'dilated' }) },
        stepEvent(0, 9),
      ]);
    });
  });

  test('refused, ignored and foreign messages, resize, and no origin parameter (each from a fresh host page)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('refused commands answer with an error event that says why', async () => {
      const kw = await openHost(page);
      await exchange(page, cmd('seek', { step: 4 }));
      await expectFrameStep(kw, 5, 25);
      const refusals: [string, Message][] = [
        ['seek -1', cmd('seek', { step: -1 })],
        ['seek 1.5', cmd('seek', { step: 1.5 })],
        ['seek "3"', cmd('seek', { step: '3' })],
        ['seek without a step', cmd('seek')],
        ['unknown command', cmd('explode')],
        ['no command', { kernelwise: 1 }],
        ['set without a state', cmd('set')],
      ];
      for (const [what, message] of refusals) {
        const events = await exchange(page, message);
        expect(events, what).toEqual([
          { kernelwise: 1, event: 'error', message: expect.stringMatching(/\w{3,}/) },
        ]);
      }
      const explode = await exchange(page, cmd('explode'));
      expect(String(explode[0]?.message), 'the error names the unknown command').toContain('explode');
      await expectFrameStep(kw, 5, 25);

      // A value out of range is refused as the URL would refuse it, naming the parameter.
      const events = await exchange(page, cmd('set', { state: { size: '999' } }));
      const errors = events.filter((m) => m.event === 'error');
      expect(errors, 'set size 999').toHaveLength(1);
      expect(String(errors[0]!.message)).toMatch(/size/);
      // A refused set changes nothing: same view, same step.
      await expectFrameStep(kw, 5, 25);
    });

    await test.step('malformed and foreign messages are ignored: no event, no error, no change', async () => {
      const kw = await openHost(page);
      const ignored: unknown[] = [
        { command: 'next' },
        { kernelwise: 2, command: 'next' },
        { kernelwise: '1', command: 'next' },
        { kernelwise: true, command: 'next' },
        'next',
        JSON.stringify({ kernelwise: 1, command: 'next' }),
        null,
        42,
        [],
        [{ kernelwise: 1, command: 'next' }],
        { type: 'webpackOk' },
        { source: 'react-devtools-content-script', payload: {} },
      ];
      expect(await exchange(page, ...ignored)).toEqual([]);
      await expectFrameStep(kw, 1, 25);
      // undefined crosses postMessage as undefined.
      await page.evaluate(() => (window as unknown as HostWindow).send(undefined));
      expect(await exchange(page)).toEqual([]);
      await expectFrameStep(kw, 1, 25);
    });

    await test.step('messages from windows other than the parent are ignored', async () => {
      const kw = await openHost(page);
      const mark = (await received(page)).length;
      // The iframe posting to itself (as a script inside it, or a hostile ad in it, might).
      await appFrame(page).evaluate(() => {
        window.postMessage({ kernelwise: 1, command: 'last' }, '*');
        window.postMessage({ kernelwise: 1, command: 'seek', step: 3 }, '*');
        window.postMessage({ kernelwise: 1, command: 'explode' }, '*');
      });
      // A sibling iframe on the host page (same origin as the host, but not the parent).
      await page.evaluate(() => {
        const rogue = (document.getElementById('rogue') as HTMLIFrameElement).contentWindow as Window & {
          attack: (message: unknown) => void;
        };
        rogue.attack({ kernelwise: 1, command: 'last' });
        rogue.attack({ kernelwise: 1, command: 'set', state: { mode: 'maxpool' } });
        rogue.attack({ kernelwise: 1, command: 'explode' });
      });
      expect(await settle(page, mark)).toEqual([]);
      await expectFrameStep(kw, 1, 25);
      await expect(kw.getByRole('tab', { name: /^Standard/ })).toHaveAttribute('aria-selected', 'true');
    });

    await test.step('resize: the host sizes the iframe to the reported height, and the reports do not loop', async () => {
      const kw = await openHost(page);
      const resizes = async () => (await received(page)).filter((r) => r.data.event === 'resize');
      await expect
        .poll(async () => (await resizes()).length, { message: 'a resize event' })
        .toBeGreaterThan(0);
      const iframeHeight = () => page.locator('#kw').evaluate((el) => el.getBoundingClientRect().height);
      const lastHeight = async () => Number((await resizes()).at(-1)!.data.height);
      for (const r of await resizes()) {
        expect(r.data.height, 'a height in CSS pixels').toEqual(expect.any(Number));
        expect(Number(r.data.height)).toBeGreaterThan(50);
        expect(Number(r.data.height)).toBeLessThan(5_000);
      }
      await expect
        .poll(async () => (await iframeHeight()) - (await lastHeight()), {
          message: 'iframe height = last reported height',
        })
        .toBe(0);

      // Nothing changes for 2 s: the iframe now has the content's height; no more than a few reports.
      const before = (await resizes()).length;
      await page.waitForTimeout(2_000);
      const during = (await resizes()).length - before;
      expect(during, 'resize events over 2 idle seconds').toBeLessThan(10);
      expect((await resizes()).length, 'resize events since load').toBeLessThan(10);

      // Hiding the parameter panels makes the content shorter, showing them taller again: each
      // change is reported, the host follows, then all is quiet.
      const fullHeight = await lastHeight();
      await exchange(page, cmd('set', { state: { controls: '0' } }));
      await expect(kw.getByRole('complementary', { name: 'Settings' })).toHaveCount(0);
      await expect
        .poll(lastHeight, { message: 'a shorter content height is reported' })
        .toBeLessThan(fullHeight);
      await expect.poll(async () => (await iframeHeight()) - (await lastHeight())).toBe(0);
      const shortHeight = await lastHeight();
      await exchange(page, cmd('set', { state: { controls: '1' } }));
      await expect
        .poll(lastHeight, { message: 'a taller content height is reported' })
        .toBeGreaterThan(shortHeight);
      await expect.poll(async () => (await iframeHeight()) - (await lastHeight())).toBe(0);
      const settled = (await resizes()).length;
      await page.waitForTimeout(1_000);
      expect(
        (await resizes()).length - settled,
        'resize events over 1 idle second after growing',
      ).toBeLessThan(5);
    });

    await test.step('without an origin parameter the events still reach the parent', async () => {
      await openHost(page, 'embed=1&mode=maxpool');
      expect((await received(page)).find((r) => r.data.event === 'ready')?.data.state).toMatchObject({
        mode: 'maxpool',
      });
      // maxpool defaults: 6×6 input, 2×2 window, stride 2: 9 steps.
      expect(await exchange(page, cmd('last'))).toEqual([stepEvent(8, 9)]);
    });
  });
});

test.describe('embed protocol, origin named', () => {
  test('with origin= naming another site, the events never reach this host (commands still work)', async ({
    page,
  }) => {
    const elsewhere = 'http://127.0.0.1:4999';
    // Chromium logs a warning for each postMessage it drops because of its target origin: the
    // evidence that the events were sent, and sent to the named origin only.
    const dropped: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().includes(`target origin provided ('${elsewhere}')`))
        dropped.push(m.text());
    });
    const kw = await openHost(page, `embed=1&mode=standard&origin=${elsewhere}`, { awaitReady: false });
    // The ready event was sent (and dropped): the bridge is listening.
    await expect
      .poll(() => dropped.length, { message: 'ready, dropped for its target origin', timeout: 10_000 })
      .toBeGreaterThanOrEqual(1);
    await post(page, cmd('next'), cmd('next'));
    await expectFrameStep(kw, 3, 25);
    await post(page, cmd('explode'));
    // ready, at least one resize, a step (the two nexts may be applied as one) and an error.
    await expect
      .poll(() => dropped.length, { message: 'messages dropped for their target origin' })
      .toBeGreaterThanOrEqual(4);
    expect(await received(page), 'this host received nothing').toEqual([]);
  });
});
