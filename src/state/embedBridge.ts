/**
 * The postMessage protocol of contract §4 between an embedded Kernelwise and its host page.
 * Commands come from window.parent only (embedInbox.ts holds those sent before this code loads);
 * they are applied in order, in batches: a burst of step commands becomes one seek, so 10,000
 * `next` messages cost one render and one `step` event instead of 10,000. Events go to
 * window.parent, to the `origin` URL parameter when one is given — and nowhere when it is invalid.
 */
import { configToParams, parseQuery } from './urlParams';
import { PROTOCOL_VERSION, readCommand, stepAfter, type Command } from './embedCommands';
import { applySet } from './embedSet';
import { openedWith, readInbox } from './embedInbox';
import { stepCountOf, useStore, type KernelwiseState } from './store';

/** What the bridge needs from the page; plain functions, so tests drive it without a DOM. */
export interface BridgeHost {
  /** window.parent.postMessage. */
  post: (message: unknown, targetOrigin: string) => void;
  /** The query string the page opened with: it names the events' origin. */
  search: string;
  /** Delivers the parent's messages, those held before the bridge started first; returns a stop. */
  receive: (listener: (data: unknown) => void) => () => void;
  measureHeight: () => number;
  /** Calls back when the content may have changed height; returns a stop. */
  observeResize: (callback: () => void) => () => void;
  /** Runs `flush` soon, once for all the messages that arrive before then. */
  schedule: (flush: () => void) => void;
}

export function stateParams(state: KernelwiseState): Record<string, string> {
  return configToParams(state.config);
}

/** Where events go: '*' (the parent, whatever its origin) without `origin`; null (nowhere) when invalid. */
export function eventTarget(search: string): string | null {
  const given = new URLSearchParams(search).get('origin');
  return given === null ? '*' : parseQuery({ origin: given }).session.origin;
}

type StepCommand = Extract<Command, { kind: 'move' | 'seek' }>;

/** Starts the bridge; returns a function that stops it. */
export function startEmbedBridge(host: BridgeHost): () => void {
  const target = eventTarget(host.search);
  const send = (message: Record<string, unknown>) => {
    if (target !== null) host.post({ kernelwise: PROTOCOL_VERSION, ...message }, target);
  };
  const snapshot = () => {
    const state = useStore.getState();
    return { state: stateParams(state), step: state.step, steps: stepCountOf(state.config) };
  };

  const first = snapshot();
  send({ event: 'ready', ...first });

  // Events only for real changes: a `set` that changes nothing sends nothing. A new configuration
  // shows a new step even at the same index, so it is announced too.
  let sentState = JSON.stringify(first.state);
  let sentStep = `${first.step}/${first.steps}`;
  const unsubscribe = useStore.subscribe((state, previous) => {
    // Predict, then reveal: each answer, so a course page can keep score.
    if (state.answer && state.answer !== previous.answer) send({ event: 'answer', ...state.answer });
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

  const apply = (command: Exclude<Command, StepCommand>) => {
    const store = useStore.getState();
    if (command.kind === 'play') store.play();
    else if (command.kind === 'pause') store.pause();
    else if (command.kind === 'get') send({ event: 'state', ...snapshot() });
    else {
      const refused = command.kind === 'set' ? applySet(command.state) : command.reason;
      if (refused) send({ event: 'error', message: refused });
    }
  };

  // Messages wait here until the next flush, which applies them all in order.
  let queue: unknown[] = [];
  let scheduled = false;
  let stopped = false;
  const flush = () => {
    scheduled = false;
    if (stopped) return;
    const batch = queue;
    queue = [];
    // A run of step commands is followed on the number alone, then shown once.
    let pending: number | null = null;
    const commit = () => {
      if (pending !== null) useStore.getState().seek(pending);
      pending = null;
    };
    for (const data of batch) {
      const command = readCommand(data);
      if (!command) continue;
      if (command.kind === 'move' || command.kind === 'seek') {
        const { step, config, loop } = useStore.getState();
        pending = stepAfter(command, pending ?? step, stepCountOf(config), loop);
      } else {
        commit();
        apply(command);
      }
    }
    commit();
  };
  const stopReceiving = host.receive((data) => {
    queue.push(data);
    if (!scheduled) {
      scheduled = true;
      host.schedule(flush);
    }
  });

  // Report the content's height; equal heights are not re-sent, so a host that sizes the iframe to
  // it cannot start a feedback loop.
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(host.measureHeight());
    if (height > 0 && height !== lastHeight) {
      lastHeight = height;
      send({ event: 'resize', height });
    }
  };
  const stopObserving = host.observeResize(report);
  report();

  return () => {
    stopped = true;
    stopReceiving();
    unsubscribe();
    stopObserving();
  };
}

/** The bridge in this page: parent window, inbox, ResizeObserver, a zero-delay timer per batch. */
export function startInBrowser(): () => void {
  const app = () => document.querySelector<HTMLElement>('.app') ?? document.body;
  const main = () => app().querySelector<HTMLElement>('.app-main');
  return startEmbedBridge({
    post: (message, targetOrigin) => window.parent.postMessage(message, targetOrigin),
    search: openedWith,
    receive: readInbox,
    // The natural height: the frame's layout with the main area (which scrolls, styles/embed.css)
    // as tall as its content, whether that is taller or shorter than the frame leaves it.
    measureHeight: () => {
      const area = main();
      const height = app().getBoundingClientRect().height;
      if (!area) return height;
      const top = area.getBoundingClientRect().top - area.scrollTop;
      let bottom = 0;
      for (const child of Array.from(area.children))
        bottom = Math.max(bottom, child.getBoundingClientRect().bottom - top);
      return height - area.offsetHeight + bottom + parseFloat(getComputedStyle(area).paddingBottom);
    },
    observeResize: (callback) => {
      let frame = 0;
      const later = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(callback);
      };
      // The main area keeps its size while its content changes: watch the content, as it comes and goes.
      const sizes = new ResizeObserver(later);
      const watch = () => [app(), ...Array.from(main()?.children ?? [])].forEach((e) => sizes.observe(e));
      const children = new MutationObserver(() => {
        watch();
        later();
      });
      const area = main();
      if (area) children.observe(area, { childList: true });
      watch();
      return () => {
        cancelAnimationFrame(frame);
        sizes.disconnect();
        children.disconnect();
      };
    },
    // A timer, not requestAnimationFrame: browsers pause frames in an iframe scrolled out of view,
    // and a host may well drive one that is.
    schedule: (flush) => setTimeout(flush, 0),
  });
}
