/**
 * The one store, built from slices: configuration (what is computed), playback (which step),
 * pointer (what is hovered) and page (embed, presentation, theme). Only the configuration and the step
 * are state the animation needs; everything else a view shows is derived from them.
 */
import { create } from 'zustand';
import { LIMITS, MODE_DEFAULTS, type Config, type Mode } from './config';
import { configProblem, operationFor } from './derived';
import { SESSION_DEFAULTS, type Notice, type Session } from './urlParams';
import { questionOpen } from './quizGate';

export type HoverTarget =
  | { grid: 'input'; channel: number; row: number; col: number }
  | { grid: 'output'; channel: number; row: number; col: number }
  | { grid: 'kernel'; out: number; channel: number; row: number; col: number }
  | { grid: 'term'; tap: number };

export type Theme = 'system' | 'light' | 'dark' | 'contrast';

export interface KernelwiseState {
  config: Config;
  /** Last configuration per view, so switching tabs and back keeps what the user set. */
  saved: Partial<Record<Mode, Config>>;
  /** Why the last requested change was refused (it was not applied), or null. */
  refusal: string | null;
  /** The parameter the refused change was to (the patch's one key), so its field can say why; null
   *  when nothing was refused or the change touched several parameters at once (a preset). */
  refusedParam: string | null;
  notices: Notice[];

  step: number;
  playing: boolean;
  speed: number;
  loop: boolean;

  hover: HoverTarget | null;

  embed: boolean;
  controls: boolean;
  origin: string | null;
  presenting: boolean;
  /** While presenting: the settings drawer, the blank screen, the laser pointer. */
  drawer: boolean;
  blank: boolean;
  laser: boolean;
  theme: Theme;

  /** Predict, then reveal (src/state/quizGate.ts). */
  quiz: boolean;
  /** The last step revealed in quiz mode; the steps after it are questions. */
  revealed: number;
  /** The output-size question is open (after a change of shape). */
  sizeAsked: boolean;
  /** What the open question leaves in view (SHOW_ bits), set by the quiz panel. */
  hints: number;
  /** The last answer, for the embed's `answer` event. */
  answer: { kind: string; correct: boolean; step: number } | null;
}

export type PresenterTool = 'drawer' | 'blank' | 'laser';

export interface KernelwiseActions {
  /** Applies a change if the result has an output; otherwise keeps the configuration and says why. */
  change: (patch: Partial<Config>) => boolean;
  setMode: (mode: Mode) => void;
  /** Replaces everything from a parsed URL or an embed `set` command (already settled). */
  load: (config: Config, session: Partial<Session>, notices: Notice[]) => void;
  dismissNotice: (index: number) => void;
  clearRefusal: () => void;

  seek: (step: number) => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: boolean) => void;

  setHover: (hover: HoverTarget | null) => void;
  /** Ending presentation ends its tools too. */
  setPresenting: (presenting: boolean) => void;
  /** Flips a presenter tool, or sets it to `on`. */
  togglePresenterTool: (tool: PresenterTool, on?: boolean) => void;
  setTheme: (theme: Theme) => void;
  setQuiz: (quiz: boolean) => void;
}

export type Store = KernelwiseState & KernelwiseActions;

export function stepCountOf(config: Config): number {
  return operationFor(config).stepCount;
}

/** NaN means the start; +Infinity the last step. */
const clampStep = (config: Config, step: number): number =>
  Math.min(Math.max(0, Math.trunc(Number.isNaN(step) ? 0 : step)), stepCountOf(config) - 1);

export const initialState = (): KernelwiseState => ({
  config: MODE_DEFAULTS.standard,
  saved: {},
  refusal: null,
  refusedParam: null,
  notices: [],
  step: SESSION_DEFAULTS.step,
  playing: false,
  speed: SESSION_DEFAULTS.speed,
  loop: SESSION_DEFAULTS.loop,
  hover: null,
  embed: false,
  controls: true,
  origin: null,
  presenting: false,
  drawer: false,
  blank: false,
  laser: false,
  theme: 'system',
  quiz: false,
  revealed: -1,
  sizeAsked: false,
  hints: 0,
  answer: null,
});

/** Output height × width: a change of it opens the output-size question in quiz mode. */
const outputShape = (config: Config): string => {
  const plane = operationFor(config).output[0]!;
  return `${plane.length}x${plane[0]!.length}`;
};

/**
 * Where a move to step `to` lands. In quiz mode a move never skips a question: it stops at the first
 * step not yet revealed (and pauses there), and while a question is open only backward moves go.
 */
function moveTo(s: KernelwiseState, to: number): Partial<KernelwiseState> {
  if (!s.quiz) return { step: to };
  if (to > s.step && questionOpen(s)) return {};
  const step = Math.min(to, s.revealed + 1);
  return step > s.revealed ? { step, playing: false, hints: 0 } : { step };
}

export const useStore = create<Store>()((set, get) => ({
  ...initialState(),

  change: (patch) => {
    const { config, step } = get();
    const next: Config = { ...config, ...patch };
    const problem = configProblem(next);
    if (problem) {
      const keys = Object.keys(patch);
      set({ refusal: problem, refusedParam: keys.length === 1 ? keys[0]! : null });
      return false;
    }
    set({ config: next, refusal: null, refusedParam: null, step: clampStep(next, step), hover: null });
    // A new shape is a new exercise: its output size first, then each cell from the start.
    if (get().quiz && outputShape(next) !== outputShape(config))
      set({ step: 0, revealed: -1, sizeAsked: true, hints: 0, playing: false });
    return true;
  },
  setMode: (mode) => {
    const { config, saved } = get();
    if (mode === config.mode) return;
    const next = saved[mode] ?? MODE_DEFAULTS[mode];
    set({
      config: next,
      saved: { ...saved, [config.mode]: config },
      step: 0,
      playing: false,
      hover: null,
      refusal: null,
      refusedParam: null,
      revealed: -1,
      sizeAsked: false,
      hints: 0,
    });
  },
  load: (config, session, notices) => {
    set({
      config,
      notices,
      refusal: null,
      refusedParam: null,
      hover: null,
      step: clampStep(config, session.step ?? 0),
      ...(session.speed !== undefined && { speed: session.speed }),
      ...(session.loop !== undefined && { loop: session.loop }),
      ...(session.embed !== undefined && { embed: session.embed }),
      ...(session.controls !== undefined && { controls: session.controls }),
      ...(session.origin !== undefined && { origin: session.origin }),
      ...(session.autoplay !== undefined && { playing: session.autoplay }),
      ...(session.quiz !== undefined && { quiz: session.quiz }),
    });
    const { step, quiz } = get();
    // Steps before the one shown are revealed; the one shown is a question.
    if (quiz) set({ revealed: step - 1, sizeAsked: false, hints: 0, playing: false });
  },
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  clearRefusal: () => set({ refusal: null, refusedParam: null }),

  seek: (step) => set(moveTo(get(), clampStep(get().config, step))),
  next: () => {
    const { step, config, loop } = get();
    const count = stepCountOf(config);
    set(moveTo(get(), step + 1 < count ? step + 1 : loop ? 0 : step));
  },
  previous: () => {
    const { step, config, loop } = get();
    const count = stepCountOf(config);
    set(moveTo(get(), step > 0 ? step - 1 : loop ? count - 1 : 0));
  },
  first: () => set(moveTo(get(), 0)),
  last: () => set(moveTo(get(), stepCountOf(get().config) - 1)),
  play: () => {
    const s = get();
    // An open question is answered first; play from the end starts over, as every media player does.
    if (s.quiz && questionOpen(s)) return;
    // A view of one step has nothing to play (Space or an embed's play would leave it "playing").
    if (stepCountOf(s.config) <= 1) return;
    set({ playing: true, ...(s.step >= stepCountOf(s.config) - 1 && moveTo(s, 0)) });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => {
    if (!Number.isNaN(speed)) set({ speed: Math.min(LIMITS.speed.max, Math.max(LIMITS.speed.min, speed)) });
  },
  setLoop: (loop) => set({ loop }),

  setHover: (hover) => set({ hover }),
  setPresenting: (presenting) =>
    set(presenting ? { presenting } : { presenting, drawer: false, blank: false, laser: false }),
  togglePresenterTool: (tool, on) => set((s) => ({ [tool]: on ?? !s[tool] })),
  setTheme: (theme) => set({ theme }),
  setQuiz: (quiz) => set({ quiz, revealed: get().step - 1, sizeAsked: false, hints: 0, playing: false }),
}));
