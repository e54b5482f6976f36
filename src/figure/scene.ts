/**
 * A figure as plain shapes: rectangles (with an optional border drawn inside them, so edges fall on
 * whole pixels) and one-line texts, in the figure's own pixels. The SVG writer and the canvas
 * painter both draw exactly this list, so every format of an export shows the same picture.
 */
export interface SceneRect {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Drawn inside the rectangle. */
  border?: { colour: string; width: number };
}

export interface SceneText {
  kind: 'text';
  /** The anchor point; the text is centred on y. */
  x: number;
  y: number;
  text: string;
  size: number;
  colour: string;
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
}

export type SceneItem = SceneRect | SceneText;

export interface Scene {
  width: number;
  height: number;
  background: string;
  items: SceneItem[];
  /** For the SVG's <title> and the image's description. */
  title: string;
}

/**
 * One font for every export, named so that viewers pick the same face where they can: the figure is
 * deterministic as a file; how a viewer rasterizes the text is its own (PNG and GIF text come from
 * the browser's canvas, so they can differ slightly between machines).
 */
export const FIGURE_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * The print palette: the page's light theme, Okabe–Ito roles (input blue, kernel/window orange,
 * output green, winner vermillion), light tints under dark text (each text colour ≥ 4.5:1 on every
 * fill). A fixed list, so a GIF's colour table is the same for every frame and every figure.
 */
export const COLOURS = {
  background: '#ffffff',
  text: '#1b1c1e',
  muted: '#585c61',
  inputText: '#005a8c',
  kernelText: '#7a5000',
  outputText: '#006b4c',
  cell: '#ffffff',
  line: '#c9c9c3',
  padding: '#e6e6e2',
  windowFill: '#fbe7c0',
  windowLine: '#e69f00',
  outputFill: '#d9f2ea',
  outputLine: '#009e73',
  winnerFill: '#f9d9c8',
  winnerLine: '#d55e00',
} as const;

export const TEXT_COLOURS = [
  COLOURS.text,
  COLOURS.muted,
  COLOURS.inputText,
  COLOURS.kernelText,
  COLOURS.outputText,
];
export const FILL_COLOURS = [
  COLOURS.cell,
  COLOURS.padding,
  COLOURS.windowFill,
  COLOURS.outputFill,
  COLOURS.winnerFill,
];
