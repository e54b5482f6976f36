import type { Held } from './bench-ui-drops.mjs';

export declare const IDLE_MS: number;
/** What held the cores in one dropped frame: its largest holder, or that Chromium was mostly idle. */
export declare function dropCause(explained: Held): string;
export interface RunRow {
  name: string;
  dropped: number;
  longestTaskMs: number;
  longTasks: number;
  foundMainThread: boolean;
  explained: Held[];
}
export interface RowSummary {
  name: string;
  drops: number[];
  total: number;
  runsWithNone: number;
  longestTaskMs: number;
  longTasks: number;
  measured: boolean;
}
export interface RunsSummary {
  runs: number;
  rows: RowSummary[];
  causes: [string, number][];
}
/** Each row's frames dropped run by run, its longest task, and the causes of all frames dropped. */
export declare function summarizeRuns(runs: RunRow[][]): RunsSummary;
/** The summary as lines of text: a table, then the causes. */
export declare function formatSummary(summary: RunsSummary): string[];
