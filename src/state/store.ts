/**
 * The one store, built from slices: configuration (what is computed), playback (which step),
 * pointer (what is hovered) and page (embed, presentation, theme). Only the configuration and the step
 * are state the animation needs; everything else a view shows is derived from them.
 */
import { create } from 'zustand';
import { MODE_DEFAULTS, type Config, type Mode } from './config';
import { configProblem, operationFor } from './derived';
import { SESSION_DEFAULTS, type Notice, type Session } from './urlParams';

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
});

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
    });
  },
  dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
  clearRefusal: () => set({ refusal: null, refusedParam: null }),

  seek: (step) => set({ step: clampStep(get().config, step) }),
  next: () => {
    const { step, config, loop } = get();
    const count = stepCountOf(config);
    set({ step: step + 1 < count ? step + 1 : loop ? 0 : step });
  },
  previous: () => {
    const { step, config, loop } = get();
    const count = stepCountOf(config);
    set({ step: step > 0 ? step - 1 : loop ? count - 1 : 0 });
  },
  first: () => set({ step: 0 }),
  last: () => set({ step: stepCountOf(get().config) - 1 }),
  play: () => {
    const { step, config } = get();
    // Play from the end starts over, as every media player does.
    set({ playing: true, ...(step >= stepCountOf(config) - 1 && { step: 0 }) });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => {
    if (!Number.isNaN(speed)) set({ speed: Math.min(20, Math.max(0.5, speed)) });
  },
  setLoop: (loop) => set({ loop }),

  setHover: (hover) => set({ hover }),
  setPresenting: (presenting) =>
    set(presenting ? { presenting } : { presenting, drawer: false, blank: false, laser: false }),
  togglePresenterTool: (tool, on) => set((s) => ({ [tool]: on ?? !s[tool] })),
  setTheme: (theme) => set({ theme }),
}));
