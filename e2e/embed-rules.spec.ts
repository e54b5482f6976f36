// Contract §4's rules for a host page, in a real iframe on another origin (see embed-host.ts): an
// invalid `origin` parameter silences every event; clicks inside never add host history entries;
// commands sent before `ready` are applied after it, in order; a burst of commands is coalesced.
import { expect, test } from './fixtures';
import {
  cmd,
  exchange,
  expectFrameStep,
  HOST_ORIGIN,
  openHost,
  post,
  received,
  settle,
  stepEvent,
  waitForReady,
  withoutResize,
  type HostWindow,
} from './embed-host';

test.describe('embed rules', () => {
  const port = new URL(HOST_ORIGIN).port;
  const INVALID = [
    'javascript:alert(1)',
    '*',
    `${HOST_ORIGIN}/course/page`,
    'data:text/html,hi',
    `http://user:secret@127.0.0.1:${port}`,
    '',
    'null',
  ];
  test('embed rules: invalid origins, host history, commands before ready, a burst of 10,000 (each from a fresh host page)', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // One page for every origin: a fresh page each cost more than the checks.
    await test.step('an invalid origin: no event is sent at all; commands still work', async () => {
      for (const origin of INVALID) {
        await test.step(`origin=${origin || '(empty)'}: no event is sent at all; commands still work`, async () => {
          const kw = await openHost(page, `embed=1&mode=standard&origin=${encodeURIComponent(origin)}`, {
            awaitReady: false,
          });
          // The bridge is running: it applies commands (and would answer these with step and error).
          await post(page, cmd('next'), cmd('next'), cmd('explode'), cmd('get'));
          await expectFrameStep(kw, 3, 25);
          // Events a frame posts reach this page within a task or two; give them generous room.
          await page.waitForTimeout(400);
          expect(await received(page), 'this host received nothing').toEqual([]);
        });
      }
    });

    await test.step('clicks inside an embed never add entries to the host page history', async () => {
      const kw = await openHost(page);
      const length = () => page.evaluate(() => history.length);
      const before = await length();
      for (const tab of ['Dilated', 'Pointwise', 'Max pooling', 'Standard'])
        await kw.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await expect(kw.getByRole('tab', { name: /^Standard/ })).toHaveAttribute('aria-selected', 'true');
      // A kernel preset marks its change as one worth a history entry on a page of its own.
      await kw.getByLabel('Kernel preset').selectOption({ index: 1 });
      await kw.getByRole('button', { name: 'Next step', exact: true }).click();
      expect(await length(), 'host history length').toBe(before);
      // The frame's own address still follows the view (replaced, not pushed).
      await exchange(page, cmd('set', { state: { mode: 'dilated' } }));
      await expect
        .poll(() =>
          page
            .frames()
            .find((f) => f.url().includes('embed=1'))
            ?.url(),
        )
        .toContain('mode=dilated');
      expect(await length()).toBe(before);
    });

    await test.step('commands sent before ready are applied after it, in order', async () => {
      // Hold the protocol's code back, so the commands certainly arrive before it runs.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/assets/embedBridge-*.js', async (route) => {
        await held;
        await route.continue();
      });
      const kw = await openHost(page, undefined, { awaitReady: false });
      expect(await received(page), 'no ready yet').toEqual([]);
      await post(
        page,
        cmd('set', { state: { mode: 'dilated' } }),
        cmd('next'),
        cmd('next'),
        cmd('seek', { step: 5 }),
        cmd('previous'),
        cmd('get'),
      );
      release();
      await waitForReady(page);
      // Dilated defaults: 7×7 input, 3×3 kernel, dilation 2: 3×3 = 9 steps.
      await expectFrameStep(kw, 5, 9);
      // Everything the frame sent, in order (resizes left out).
      expect(await settle(page, 0)).toEqual([
        {
          kernelwise: 1,
          event: 'ready',
          state: expect.objectContaining({ mode: 'standard' }),
          step: 0,
          steps: 25,
        },
        { kernelwise: 1, event: 'state', state: expect.objectContaining({ mode: 'dilated' }) },
        stepEvent(0, 9),
        stepEvent(4, 9),
        {
          kernelwise: 1,
          event: 'state',
          state: expect.objectContaining({ mode: 'dilated' }),
          step: 4,
          steps: 9,
        },
      ]);
    });

    await test.step('a burst of 10,000 next commands ends on the right step and leaves both pages responsive', async () => {
      // Standard view, 9×9 input padded by 1, 3×3 kernel: 81 steps, looping.
      const kw = await openHost(page, `embed=1&mode=standard&size=9&origin=${HOST_ORIGIN}`);
      const BURST = 10_000;
      const mark = (await received(page)).length;
      await page.evaluate((n) => {
        const host = window as unknown as HostWindow;
        for (let i = 0; i < n; i++) host.send({ kernelwise: 1, command: 'next' });
      }, BURST);
      await expectFrameStep(kw, (BURST % 81) + 1, 81);
      const events = await exchange(page, cmd('get'));
      expect(events).toEqual([
        {
          kernelwise: 1,
          event: 'state',
          state: expect.objectContaining({ size: '9' }),
          step: BURST % 81,
          steps: 81,
        },
      ]);
      const steps = withoutResize((await received(page)).slice(mark)).filter((m) => m.event === 'step');
      expect(steps.at(-1), 'the last step event').toEqual(stepEvent(BURST % 81, 81));
      // Still interactive: a click in the frame is answered.
      await kw.getByRole('button', { name: 'Next step', exact: true }).click();
      await expectFrameStep(kw, (BURST % 81) + 2, 81);
    });
  });
});
