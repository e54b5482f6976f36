// A page object over the accessible structure of /work/shared/contract.md §3: specs say what they
// look for (a grid, a cell, a control) and this file says how it is found, in one place.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STEP_TEXT = /Step\s+(\d+)\s+of\s+(\d+)/;

/** Every grid under `root` (a page, or an embed's frame) with every cell, read in one round trip. */
export async function readGridsIn(root: Page | FrameLocator): Promise<ShownGrid[]> {
  return root.getByRole('grid').evaluateAll((grids) =>
    grids.map((grid) => ({
      label: grid.getAttribute('aria-label') ?? '',
      cells: Array.from(grid.querySelectorAll<HTMLElement>('[role="gridcell"]')).map((cell) => ({
        row: Number(cell.dataset.row),
        col: Number(cell.dataset.col),
        channel: Number(cell.dataset.channel ?? '0'),
        padded: cell.dataset.padded === 'true',
        inWindow: cell.dataset.inWindow === 'true',
        current: cell.dataset.current === 'true',
        argmax: cell.dataset.argmax === 'true',
        invalid: cell.getAttribute('aria-invalid') === 'true',
        lit: cell.classList.contains('cell--lit'),
        kind: cell.dataset.kind ?? null,
        source: cell.dataset.source ?? null,
        text: (cell.textContent ?? '').trim(),
        ariaLabel: cell.getAttribute('aria-label') ?? '',
      })),
    })),
  );
}

export class KernelwisePage {
  constructor(readonly page: Page) {}

  /** Loads `/?query` (a leading '?' is optional) and waits until the step is announced. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/?${query.replace(/^\?/, '')}`);
    await expect(this.status()).toContainText('Step');
  }

  /**
   * Shows `/?query` without a reload, as Back and Forward do (the app reads the URL again on popstate).
   * A spec walking several configurations of one view pays one page load instead of one each; a spec
   * about loading itself (autoplay, notices, first paint) must use open().
   */
  async navigate(query = ''): Promise<void> {
    await this.page.evaluate(
      (search) => {
        window.history.pushState(null, '', `/?${search}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      query.replace(/^\?/, ''),
    );
    await expect(this.status()).toContainText('Step');
  }

  /** open() on a fresh page, navigate() once the app is showing: one page load for a walk of cases. */
  async visit(query = ''): Promise<void> {
    const showing = this.page.url().startsWith('http') && (await this.status().count()) > 0;
    await (showing ? this.navigate(query) : this.open(query));
  }

  /** The grid whose aria-label starts with `labelStart`: 'Input', 'Kernel', 'Output', 'Input channel 2'. */
  grid(labelStart: string): Locator {
    return this.page.getByRole('grid', { name: new RegExp(`^${escapeRegExp(labelStart)}`) });
  }

  /** Every cell of that grid, padding cells included. */
  cells(labelStart: string): Locator {
    return this.grid(labelStart).getByRole('gridcell');
  }

  /** The cell at (row, col), in the unpadded coordinates of the compute module (padding is < 0 or >= size). */
  cell(labelStart: string, row: number, col: number): Locator {
    return this.cells(labelStart).and(this.page.locator(`[data-row="${row}"][data-col="${col}"]`));
  }

  /** The cells of that grid the current step reads (`data-in-window="true"`). */
  windowCells(labelStart: string): Locator {
    return this.cells(labelStart).and(this.page.locator('[data-in-window="true"]'));
  }

  /** The live region that announces `Step N of M`. */
  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: STEP_TEXT });
  }

  /** The announced step: n counted from 1, m the number of steps. */
  async stepText(): Promise<{ n: number; m: number }> {
    await expect(this.status()).toHaveText(STEP_TEXT);
    const text = (await this.status().textContent()) ?? '';
    const match = STEP_TEXT.exec(text);
    if (!match) throw new Error(`The status does not say "Step N of M": ${JSON.stringify(text)}`);
    return { n: Number(match[1]), m: Number(match[2]) };
  }

  private button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  play(): Locator {
    return this.button('Play');
  }

  /** The Play button's name while playing. */
  pause(): Locator {
    return this.button('Pause');
  }

  next(): Locator {
    return this.button('Next step');
  }

  previous(): Locator {
    return this.button('Previous step');
  }

  first(): Locator {
    return this.button('First step');
  }

  last(): Locator {
    return this.button('Last step');
  }

  slider(): Locator {
    return this.page.getByRole('slider', { name: 'Step', exact: true });
  }

  /** A view's tab: 'Standard', 'Dilated', 'Pointwise', 'Max pooling' (extra words after are fine). */
  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  /** Every grid on the page with every cell, read in one round trip (for oracles and set comparisons). */
  async readGrids(): Promise<ShownGrid[]> {
    return readGridsIn(this.page);
  }

  /** Opens the Embed dialog and waits for its preview to have drawn (its step announced). */
  async openEmbedDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await expect(
      this.page.frameLocator('.embed-preview iframe').getByRole('status').filter({ hasText: STEP_TEXT }),
    ).toBeVisible();
    return dialog;
  }

  /** The status text and every grid, read together in one round trip. */
  async snapshot(): Promise<{ status: string; grids: ShownGrid[] }> {
    const [status, grids] = await Promise.all([this.status().textContent(), this.readGrids()]);
    return { status: status ?? '', grids };
  }

  /** The grids whose accessible name starts with `labelStart` ('Input', 'Kernel', 'Output'). */
  async readGridsStarting(labelStart: string): Promise<ShownGrid[]> {
    return (await this.readGrids()).filter((g) => g.label.startsWith(labelStart));
  }

  /** A notice about an ignored URL parameter: a status in the notice bar naming it in data-param. */
  notice(param: string): Locator {
    return this.notices().and(this.page.locator(`[data-param="${param}"]`));
  }

  /** Every notice about ignored URL parameters. */
  notices(): Locator {
    return this.page.locator('.notices').getByRole('status');
  }

  /** The alert shown when a parameter change is refused. */
  refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Not applied.' });
  }

  /** A labelled control, such as the Parameters panel's 'Input width' or 'Stride'. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Moves focus back to the document body, so page-wide keyboard shortcuts apply. */
  async focusBody(): Promise<void> {
    await this.page.evaluate(() => {
      const active = document.activeElement;
      if (active instanceof HTMLElement) active.blur();
    });
  }

  /** Presents the view with the F key; the presenter's tools load with the first presentation. */
  async present(): Promise<void> {
    await this.focusBody();
    await this.page.keyboard.press('f');
    await expect(this.page.locator('html')).toHaveAttribute('data-presenting', 'true');
    await expect(this.page.getByTestId('presenter-status')).toBeAttached({ timeout: 15_000 });
  }

  /**
   * The view presented on a screen of `size`, as a lecturer sees it who changes the projector's
   * resolution and presses F. Presenting is left first: Chromium's headless shell refuses to resize
   * a fullscreen window.
   */
  async presentAt(size: { width: number; height: number }): Promise<void> {
    const html = this.page.locator('html');
    if ((await html.getAttribute('data-presenting')) === 'true') {
      await this.focusBody();
      await this.page.keyboard.press('f');
      await expect(html).toHaveAttribute('data-presenting', 'false');
      await expect.poll(() => this.page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    }
    await this.page.setViewportSize(size);
    await this.present();
  }

  /** Waits until the status says `Step n of m` (n counted from 1; any m when it is left out). */
  async expectStep(n: number, m?: number): Promise<void> {
    const of = m === undefined ? '\\d+' : String(m);
    await expect(this.status()).toContainText(new RegExp(`Step\\s+${n}\\s+of\\s+${of}(?!\\d)`));
  }
}

/** One cell as the page shows it: its contract data attributes and its text. */
export interface ShownCell {
  row: number;
  col: number;
  /** `data-channel` (the input channel; for the pointwise filter column, the weight's channel). */
  channel: number;
  padded: boolean;
  inWindow: boolean;
  current: boolean;
  argmax: boolean;
  invalid: boolean;
  /** The transposed view's hooks: `cell--lit`, `data-kind` and `data-source` (null elsewhere). */
  lit: boolean;
  kind: string | null;
  source: string | null;
  text: string;
  ariaLabel: string;
}

/** One grid as the page shows it: its accessible name and every cell. */
export interface ShownGrid {
  label: string;
  cells: ShownCell[];
}
