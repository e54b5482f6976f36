/**
 * URL ⇄ store. On load and on back/forward the query string is parsed (strictly) into the store;
 * afterwards configuration changes are written back with replaceState, or pushState for the changes
 * a user made on purpose. Playback steps are not written: a copied link carries the step instead.
 */
import { configToParams, parseQuery, sessionToParams, toQuery, type Parsed } from './urlParams';
import { settleConfig } from './settle';
import { takeDeliberate } from './history';
import { useStore, type KernelwiseState } from './store';

export function readLocation(search: string): Parsed {
  const parsed = parseQuery(search);
  const notices = [...parsed.notices];
  const config = settleConfig(parsed.config, notices);
  return { config, session: parsed.session, notices };
}

/** The query that reproduces the current view; `withStep` adds the step (for shared links). */
export function currentQuery(state: KernelwiseState, withStep: boolean): string {
  return toQuery({
    ...configToParams(state.config),
    ...sessionToParams({
      speed: state.speed,
      loop: state.loop,
      embed: state.embed,
      controls: state.controls,
      ...(state.origin && { origin: state.origin }),
      ...(withStep && { step: state.step }),
    }),
  });
}

/** A link to this page reproducing `state` at its step. */
export function shareLink(state: KernelwiseState): string {
  const url = new URL(window.location.href);
  url.search = currentQuery(state, true);
  url.hash = '';
  return url.toString();
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  const load = () => {
    const { config, session, notices } = readLocation(window.location.search);
    useStore.getState().load(config, session, notices);
  };
  load();
  let written = currentQuery(useStore.getState(), false);
  const unsubscribe = useStore.subscribe((state, previous) => {
    if (state.config === previous.config && state.speed === previous.speed && state.loop === previous.loop)
      return;
    const query = currentQuery(state, false);
    if (query === written) return;
    written = query;
    const url = `${window.location.pathname}?${query}${window.location.hash}`;
    // An embed's history entries would be the host page's: Back there must leave the course page.
    if (takeDeliberate() && !state.embed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPop = () => {
    load();
    written = currentQuery(useStore.getState(), false);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
