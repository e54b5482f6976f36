// A page object over the accessible structure of /work/shared/contract.md §3: specs say what they
// look for (a grid, a cell, a control) and this file says how it is found, in one place.
import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STEP_TEXT = /Step\s+(\d+)\s+of\s+(\d+)/;

export class KernelwisePage {
  constructor(readonly page: Page) {}

  /** Loads `/?query` (a leading '?' is optional) and waits until the step is announced. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/?${query.replace(/^\?/, '')}`);
    await expect(this.status()).toContainText('Step');
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
}
