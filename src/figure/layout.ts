/**
 * Lays a step's columns of grids out on a figure of a given size: a title, the columns side by side
 * at the largest whole-pixel cell size that fits, an optional caption and the licence line. Pure and
 * deterministic: the same columns and size give the same scene, shape for shape.
 */
import type { CellState, FigureCell, FigureColumn, PanelRole } from './panels';
import { COLOURS, type Scene, type SceneItem } from './scene';

/** The licence of every exported figure, printed on it and named in the dialog and the README. */
export const LICENCE_LINE = 'Kernelwise, CC BY 4.0';

export interface FigureText {
  title: string;
  /** The parameters, or null for none. */
  caption: string | null;
}

/** Fill, border and text colour of a cell in each part it plays. */
const CELL_STYLE: Record<CellState, { fill: string; line: string; strong: boolean; text: string }> = {
  plain: { fill: COLOURS.cell, line: COLOURS.line, strong: false, text: COLOURS.text },
  padding: { fill: COLOURS.padding, line: COLOURS.line, strong: false, text: COLOURS.muted },
  window: { fill: COLOURS.windowFill, line: COLOURS.windowLine, strong: true, text: COLOURS.text },
  argmax: { fill: COLOURS.winnerFill, line: COLOURS.winnerLine, strong: true, text: COLOURS.text },
  kernel: { fill: COLOURS.windowFill, line: COLOURS.line, strong: false, text: COLOURS.text },
  done: { fill: COLOURS.outputFill, line: COLOURS.line, strong: false, text: COLOURS.text },
  current: { fill: COLOURS.outputFill, line: COLOURS.outputLine, strong: true, text: COLOURS.text },
  pending: { fill: COLOURS.cell, line: COLOURS.line, strong: false, text: COLOURS.text },
};

const HEADING_COLOUR: Record<PanelRole, string> = {
  input: COLOURS.inputText,
  kernel: COLOURS.kernelText,
  output: COLOURS.outputText,
};

/** Rough advance of a character in the figure font, as a share of its size (digits are ~0.56). */
const CHAR_WIDTH = 0.6;
const textWidth = (text: string, size: number) => text.length * size * CHAR_WIDTH;

interface Metrics {
  margin: number;
  titleSize: number;
  footerSize: number;
  headingSize: number;
  labelSize: number;
  panelGap: number;
  columnGap: number;
  maxCell: number;
}

function metrics(height: number): Metrics {
  const at = (share: number) => Math.max(1, Math.round(height * share));
  return {
    margin: at(0.04),
    titleSize: at(0.04),
    footerSize: at(0.026),
    headingSize: at(0.032),
    labelSize: at(0.024),
    panelGap: at(0.02),
    columnGap: at(0.06),
    maxCell: at(0.1),
  };
}

interface ColumnFit {
  perRow: number;
  width: number;
  height: number;
  slotWidth: number;
  slotHeight: number;
}

/** The narrowest arrangement of a column's grids that fits the height at cell size s, or null. */
function fitColumn(column: FigureColumn, s: number, m: Metrics, maxHeight: number): ColumnFit | null {
  const n = column.panels.length;
  const maxCols = Math.max(...column.panels.map((p) => p.cols));
  const maxRows = Math.max(...column.panels.map((p) => p.rows));
  const labelled = column.panels.some((p) => p.label !== '');
  const labelHeight = labelled ? Math.round(m.labelSize * 1.5) : 0;
  const slotWidth = maxCols * s;
  const slotHeight = labelHeight + maxRows * s;
  const texts = Math.max(
    textWidth(column.heading, m.headingSize),
    ...column.panels.map((p) => textWidth(p.label, m.labelSize)),
  );
  for (let perRow = 1; perRow <= n; perRow++) {
    const rowsOfPanels = Math.ceil(n / perRow);
    const height =
      Math.round(m.headingSize * 1.6) + rowsOfPanels * slotHeight + (rowsOfPanels - 1) * m.panelGap;
    if (height > maxHeight) continue;
    const grids = perRow * slotWidth + (perRow - 1) * m.panelGap;
    return { perRow, width: Math.ceil(Math.max(grids, texts)), height, slotWidth, slotHeight };
  }
  return null;
}

function fitAll(
  columns: FigureColumn[],
  m: Metrics,
  width: number,
  height: number,
): { s: number; fits: ColumnFit[] } {
  for (let s = m.maxCell; s > 1; s--) {
    const fits = columns.map((c) => fitColumn(c, s, m, height));
    if (fits.some((f) => f === null)) continue;
    const total =
      (fits as ColumnFit[]).reduce((sum, f) => sum + f.width, 0) + (columns.length - 1) * m.columnGap;
    if (total <= width) return { s, fits: fits as ColumnFit[] };
  }
  // Nothing fits (more cells than pixels): draw at one pixel a cell rather than fail.
  return { s: 1, fits: columns.map((c) => fitColumn(c, 1, m, Infinity)!) };
}

function drawCell(items: SceneItem[], cell: FigureCell, x: number, y: number, s: number): void {
  const style = CELL_STYLE[cell.state];
  const width = style.strong ? Math.max(2, Math.round(s * 0.09)) : Math.max(1, Math.round(s * 0.03));
  items.push({ kind: 'rect', x, y, w: s, h: s, fill: style.fill, border: { colour: style.line, width } });
  // The winner has a mark as well as a colour: a square in its top-right corner.
  if (cell.state === 'argmax') {
    const mark = Math.max(2, Math.round(s * 0.2));
    items.push({
      kind: 'rect',
      x: x + s - width - mark,
      y: y + width,
      w: mark,
      h: mark,
      fill: COLOURS.winnerLine,
    });
  }
  if (cell.text === '') return;
  const size = Math.min(Math.round(s * 0.4), Math.floor((s * 0.86) / (cell.text.length * CHAR_WIDTH)));
  // Below 7 px a number is a smudge: the cell's colour still tells its part.
  if (size < 7) return;
  items.push({
    kind: 'text',
    x: x + s / 2,
    y: y + s / 2,
    text: cell.text,
    size,
    colour: style.text,
    anchor: 'middle',
    bold: cell.state === 'current',
  });
}

/**
 * The caption beside the licence line: on one line where it fits at the footer size, else on two
 * (split at the " · " nearest the middle), shrunk only as far as the longer line needs.
 */
function captionLines(caption: string | null, m: Metrics, inner: number): { lines: string[]; size: number } {
  if (!caption) return { lines: [], size: 0 };
  const room = inner - textWidth(LICENCE_LINE, m.footerSize) - m.columnGap;
  const fit = (lines: string[]) =>
    Math.min(m.footerSize, Math.floor(room / (Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH)));
  if (fit([caption]) >= m.footerSize) return { lines: [caption], size: m.footerSize };
  const parts = caption.split(' · ');
  let best = [caption];
  for (let cut = 1; cut < parts.length; cut++) {
    const lines = [parts.slice(0, cut).join(' · '), parts.slice(cut).join(' · ')];
    if (fit(lines) > fit(best)) best = lines;
  }
  return { lines: best, size: fit(best) };
}

export function layoutFigure(
  columns: FigureColumn[],
  text: FigureText,
  width: number,
  height: number,
): Scene {
  const m = metrics(height);
  const items: SceneItem[] = [];
  const top = m.margin + Math.round(m.titleSize * 1.8);
  const inner = width - 2 * m.margin;
  const caption = captionLines(text.caption, m, inner);
  // Room for the licence line, or the caption's lines, and a gap above them.
  const bottom = height - m.margin - Math.round(m.footerSize * (Math.max(1, caption.lines.length) + 1));
  const { s, fits } = fitAll(columns, m, inner, bottom - top);
  const total = fits.reduce((sum, f) => sum + f.width, 0) + (columns.length - 1) * m.columnGap;
  const tallest = Math.max(...fits.map((f) => f.height));
  let x = m.margin + Math.max(0, Math.floor((inner - total) / 2));
  const y0 = top + Math.max(0, Math.floor((bottom - top - tallest) / 2));

  items.push({
    kind: 'text',
    x: m.margin,
    y: m.margin + m.titleSize / 2,
    text: text.title,
    size: m.titleSize,
    colour: COLOURS.text,
    anchor: 'start',
    bold: true,
  });
  columns.forEach((column, i) => {
    const fit = fits[i]!;
    const centre = x + fit.width / 2;
    items.push({
      kind: 'text',
      x: centre,
      y: y0 + m.headingSize * 0.6,
      text: column.heading,
      size: m.headingSize,
      colour: HEADING_COLOUR[column.role],
      anchor: 'middle',
      bold: true,
    });
    const gridsWidth = fit.perRow * fit.slotWidth + (fit.perRow - 1) * m.panelGap;
    const left = x + Math.floor((fit.width - gridsWidth) / 2);
    column.panels.forEach((p, j) => {
      const px = left + (j % fit.perRow) * (fit.slotWidth + m.panelGap);
      const py =
        y0 + Math.round(m.headingSize * 1.6) + Math.floor(j / fit.perRow) * (fit.slotHeight + m.panelGap);
      const labelHeight = fit.slotHeight - Math.max(...column.panels.map((q) => q.rows)) * s;
      if (p.label !== '')
        items.push({
          kind: 'text',
          x: px + (p.cols * s) / 2,
          y: py + labelHeight / 2,
          text: p.label,
          size: m.labelSize,
          colour: COLOURS.muted,
          anchor: 'middle',
          bold: false,
        });
      p.cells.forEach((cell, k) =>
        drawCell(items, cell, px + (k % p.cols) * s, py + labelHeight + Math.floor(k / p.cols) * s, s),
      );
    });
    x += fit.width + m.columnGap;
  });

  const footerY = height - m.margin - m.footerSize / 2;
  for (const [i, line] of caption.lines.entries())
    items.push({
      kind: 'text',
      x: m.margin,
      y: footerY - (caption.lines.length - 1 - i) * Math.round(caption.size * 1.3),
      text: line,
      size: caption.size,
      colour: COLOURS.muted,
      anchor: 'start',
      bold: false,
    });
  items.push({
    kind: 'text',
    x: width - m.margin,
    y: footerY,
    text: LICENCE_LINE,
    size: m.footerSize,
    colour: COLOURS.muted,
    anchor: 'end',
    bold: false,
  });
  return { width, height, background: COLOURS.background, items, title: text.title };
}
