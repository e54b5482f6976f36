/**
 * Presentation mode against a browser that enters and leaves fullscreen a little after it is
 * asked: each transition waits until the test finishes it, and fires fullscreenchange then.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentationFullscreen, type FullscreenPort } from './presentationFullscreen';

function fakeBrowser({ enabled = true } = {}) {
  let active = false;
  let presenting = false;
  const pending: (() => void)[] = [];
  const asked = { requests: 0, exits: 0 };
  const transition = (to: boolean) =>
    new Promise<void>((resolve) =>
      pending.push(() => {
        active = to;
        controller.changed();
        resolve();
      }),
    );
  const port: FullscreenPort = {
    enabled: () => enabled,
    active: () => active,
    request: () => (asked.requests++, transition(true)),
    exit: () => (asked.exits++, transition(false)),
  };
  const controller = presentationFullscreen(port, {
    get: () => presenting,
    set: (on) => void (presenting = on),
  });
  return {
    press: () => controller.toggle(),
    /** The browser finishes its oldest transition under way. */
    finishOne: () => pending.shift()?.(),
    finishAll: () => {
      while (pending.length) pending.shift()!();
    },
    busy: () => pending.length > 0,
    /** The user leaves fullscreen with Esc. */
    escape: () => {
      active = false;
      controller.changed();
    },
    state: () => ({ presenting, fullscreen: active }),
    asked,
  };
}

const PRESENTING = { presenting: true, fullscreen: true };
const NOT_PRESENTING = { presenting: false, fullscreen: false };

/** A browser the page has put into presentation mode, in fullscreen. */
function presentingBrowser() {
  const browser = fakeBrowser();
  browser.press();
  browser.finishAll();
  expect(browser.state()).toEqual(PRESENTING);
  return browser;
}

describe('presentation mode and fullscreen', () => {
  it('enters and leaves fullscreen with presenting', () => {
    const browser = presentingBrowser();
    browser.press();
    browser.finishAll();
    expect(browser.state()).toEqual(NOT_PRESENTING);
  });

  it('F pressed again while fullscreen is still closing presents, in fullscreen', () => {
    const browser = presentingBrowser();
    browser.press(); // leave: the exit is under way
    browser.press(); // and back, before the browser has left
    expect(browser.state().presenting).toBe(true);
    browser.finishAll();
    expect(browser.state()).toEqual(PRESENTING);
  });

  it('leaving fullscreen by Esc leaves presenting', () => {
    const browser = presentingBrowser();
    browser.escape();
    expect(browser.state()).toEqual(NOT_PRESENTING);
  });

  it('fullscreen that arrives after presenting was turned off is left again', () => {
    const browser = fakeBrowser();
    browser.press();
    browser.press();
    browser.finishAll();
    expect(browser.state()).toEqual(NOT_PRESENTING);
  });

  it('where fullscreen is refused, presenting still toggles and nothing is requested', () => {
    const browser = fakeBrowser({ enabled: false });
    browser.press();
    expect(browser.state()).toEqual({ presenting: true, fullscreen: false });
    browser.press();
    expect(browser.state()).toEqual(NOT_PRESENTING);
    expect(browser.asked).toEqual({ requests: 0, exits: 0 });
  });

  it('any sequence of presses, finished transitions and Esc ends in fullscreen exactly while presenting', () => {
    const action = fc.constantFrom('press', 'finish', 'escape');
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const browser = fakeBrowser();
        for (const a of actions) {
          if (a === 'press') browser.press();
          else if (a === 'finish') browser.finishOne();
          // Esc means something only in fullscreen, with nothing under way.
          else if (browser.state().fullscreen && !browser.busy()) browser.escape();
        }
        browser.finishAll();
        const { presenting, fullscreen } = browser.state();
        expect(fullscreen).toBe(presenting);
      }),
    );
  });
});
