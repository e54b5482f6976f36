/**
 * What makes the cell canvas draw again, watched for it: its cells' classes, styles and text; a
 * theme, presenting or another size of everything (every look changes); focus entering or leaving a
 * row (the row changes hands: see cellCanvas.ts); the colour-scheme, contrast and forced-colours
 * settings; web fonts finishing loading.
 */
const MEDIA = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'];

export interface GridChanges {
  /** Nodes inside the grid changed (each record's target): a class, a style, text, or children. */
  changed(records: MutationRecord[]): void;
  /** Every cell may look different now. */
  everything(): void;
  /** Focus entered or left the grid at `target`. */
  focus(target: EventTarget | null): void;
}

/** Starts watching `grid`; the returned function stops. */
export function watchGrid(grid: HTMLElement, on: GridChanges): () => void {
  const cells = new MutationObserver((records) => on.changed(records));
  cells.observe(grid, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style'],
  });
  const everything = () => on.everything();
  const context = new MutationObserver(everything);
  for (let el = grid.parentElement; el; el = el.parentElement)
    context.observe(el, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  const resize = new ResizeObserver(everything);
  resize.observe(grid);
  const focus = (event: FocusEvent) => on.focus(event.target);
  grid.addEventListener('focusin', focus);
  grid.addEventListener('focusout', focus);
  const media = MEDIA.map((query) => window.matchMedia(query));
  for (const m of media) m.addEventListener('change', everything);
  let watching = true;
  void document.fonts?.ready.then(() => {
    if (watching) everything();
  });
  return () => {
    watching = false;
    cells.disconnect();
    context.disconnect();
    resize.disconnect();
    grid.removeEventListener('focusin', focus);
    grid.removeEventListener('focusout', focus);
    for (const m of media) m.removeEventListener('change', everything);
  };
}
