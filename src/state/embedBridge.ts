/**
 * The postMessage protocol of contract §4 between an embedded Kernelwise and its host page.
 * Commands are accepted only from window.parent and only as plain objects carrying `kernelwise: 1`;
 * anything else is ignored. Events go to window.parent, to the `origin` URL parameter when given.
 */
import { configToParams, parseQuery, type Notice } from './urlParams';
import { PARAM_KEYS, type ParamKey } from '../modes/params';
import type { Config } from '../modes/types';
import { configProblem } from './derived';
import { settleConfig } from './settle';
import { stepCountOf, useStore, type KernelwiseState } from './store';

export const PROTOCOL_VERSION = 1;
const PLAYBACK_COMMANDS = ['play', 'pause', 'next', 'previous', 'first', 'last'] as const;
type PlaybackCommand = (typeof PLAYBACK_COMMANDS)[number];

export interface BridgeWindow {
  parent: { postMessage: (message: unknown, targetOrigin: string) => void };
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

export function stateParams(state: KernelwiseState): Record<string, string> {
  return configToParams(state.config);
}

/**
 * A refused value keeps the one in use rather than the view's default (a refused `set` changes
 * nothing), as long as the result still has an output.
 */
function keepRefused(config: Config, current: Config, notices: Notice[]): Config {
  const kept = { ...config };
  for (const { param } of notices)
    if ((PARAM_KEYS as readonly string[]).includes(param))
      Object.assign(kept, { [param]: current[param as ParamKey] });
  return configProblem(kept) ? config : kept;
}

/**
 * `set`: the given parameters over the current configuration, validated exactly as a URL is. Only
 * what the host sent can be refused; a new `mode` starts from that view's defaults, and edited values
 * carry over (refitted to the new shape) unless the host sends its own.
 */
function applySet(state: Record<string, unknown>, refuse: (message: string) => void): void {
  const store = useStore.getState();
  const current = store.config;
  const newMode = 'mode' in state && state.mode !== current.mode;
  const base = newMode ? {} : configToParams({ ...current, input: null, kernel: null, biases: null });
  const parsed = parseQuery({ ...base, ...state });
  let config = { ...parsed.config };
  if (!newMode && !('input' in state)) config.input = current.input;
  if (!newMode && !('kernel' in state)) config.kernel = current.kernel;
  if (!newMode && !('biases' in state)) config.biases = current.biases;
  if (!newMode) config = keepRefused(config, current, parsed.notices);
  const settled = settleConfig(config, parsed.notices, newMode ? undefined : current);
  const given = (key: string) => key in state;
  store.load(
    settled,
    {
      step: given('step') ? parsed.session.step : store.step,
      ...(given('speed') && { speed: parsed.session.speed }),
      ...(given('loop') && { loop: parsed.session.loop }),
      ...(given('controls') && { controls: parsed.session.controls }),
    },
    [],
  );
  if (state.autoplay === '1' || state.autoplay === 1) useStore.getState().play();
  if (parsed.notices.length > 0) refuse(parsed.notices.map((n) => n.message).join(' '));
}

/** Starts the bridge; returns a function that stops it. `host` is window in the app, a fake in tests. */
export function startEmbedBridge(
  host: BridgeWindow,
  measureHeight: () => number,
  observe: (cb: () => void) => () => void,
): () => void {
  const send = (message: Record<string, unknown>) => {
    const target = useStore.getState().origin ?? '*';
    host.parent.postMessage({ kernelwise: PROTOCOL_VERSION, ...message }, target);
  };
  const refuse = (message: string) => send({ event: 'error', message });

  const onMessage = (event: MessageEvent) => {
    if (event.source !== (host.parent as unknown)) return;
    const data: unknown = event.data;
    if (!isPlainObject(data) || data.kernelwise !== PROTOCOL_VERSION) return;
    const command = data.command;
    const store = useStore.getState();
    if (typeof command !== 'string') return refuse('A command needs a "command" string.');
    if ((PLAYBACK_COMMANDS as readonly string[]).includes(command)) {
      store[command as PlaybackCommand]();
      return;
    }
    if (command === 'seek') {
      const step = data.step;
      if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) {
        return refuse('seek needs "step": a whole number from 0.');
      }
      store.seek(step);
      return;
    }
    if (command === 'set') {
      if (!isPlainObject(data.state)) return refuse('set needs "state": an object of URL parameters.');
      applySet(data.state, refuse);
      return;
    }
    refuse(
      `Unknown command "${command.slice(0, 40)}". Use play, pause, next, previous, first, last, seek or set.`,
    );
  };
  host.addEventListener('message', onMessage);

  const initial = useStore.getState();
  send({
    event: 'ready',
    state: stateParams(initial),
    step: initial.step,
    steps: stepCountOf(initial.config),
  });

  // Events only for real changes: a `set` that changes nothing sends nothing. A new configuration
  // shows a new step even at the same index, so it is announced too.
  let sentState = JSON.stringify(stateParams(initial));
  let sentStep = `${initial.step}/${stepCountOf(initial.config)}`;
  const unsubscribe = useStore.subscribe((state, previous) => {
    let configChanged = false;
    if (state.config !== previous.config) {
      const params = stateParams(state);
      const text = JSON.stringify(params);
      if (text !== sentState) {
        sentState = text;
        configChanged = true;
        send({ event: 'state', state: params });
      }
    }
    const steps = stepCountOf(state.config);
    if (configChanged || `${state.step}/${steps}` !== sentStep) {
      sentStep = `${state.step}/${steps}`;
      send({ event: 'step', step: state.step, steps });
    }
  });

  // Report the content's height; equal heights are not re-sent, so a host that sizes the iframe to
  // it cannot start a feedback loop (the embed layout never sizes itself by the viewport).
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(measureHeight());
    if (height > 0 && height !== lastHeight) {
      lastHeight = height;
      send({ event: 'resize', height });
    }
  };
  const stopObserving = observe(report);
  report();

  return () => {
    host.removeEventListener('message', onMessage);
    unsubscribe();
    stopObserving();
  };
}
