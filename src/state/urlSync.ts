/**
 * URL ⇄ store. On load and on back/forward the query string and fragment are parsed (strictly) into
 * the store; afterwards configuration changes are written back with replaceState, or pushState for
 * the changes a user made on purpose. Playback steps are not written: a copied link carries the step
 * instead. Edited values go in the fragment (fragment.ts), so the query string stays short.
 */
import { configToParams, parseQuery, sessionToParams, type Parsed } from './urlParams';
import { linkParts, linkSuffix, locationParams } from './fragment';
import { settleConfig } from './settle';
import { takeDeliberate } from './history';
import { useStore, type KernelwiseState } from './store';

export function readLocation(search: string, hash = ''): Parsed {
  const parsed = parseQuery(locationParams(search, hash));
  const notices = [...parsed.notices];
  const config = settleConfig(parsed.config, notices);
  return { config, session: parsed.session, notices };
}

/** `?query#fragment` reproducing the current view; `withStep` adds the step (for shared links). */
export function currentLink(state: KernelwiseState, withStep: boolean): string {
  return linkSuffix(
    linkParts({
      ...configToParams(state.config),
      ...sessionToParams({
        speed: state.speed,
        loop: state.loop,
        embed: state.embed,
        controls: state.controls,
        quiz: state.quiz,
        ...(state.origin && { origin: state.origin }),
        ...(withStep && { step: state.step }),
      }),
    }),
  );
}

/** A link to this page reproducing `state` at its step. */
export function shareLink(state: KernelwiseState): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.toString() + currentLink(state, true);
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  const load = () => {
    const { config, session, notices } = readLocation(window.location.search, window.location.hash);
    useStore.getState().load(config, session, notices);
  };
  load();
  let written = currentLink(useStore.getState(), false);
  const unsubscribe = useStore.subscribe((state, previous) => {
    if (
      state.config === previous.config &&
      state.speed === previous.speed &&
      state.loop === previous.loop &&
      state.quiz === previous.quiz
    )
      return;
    const link = currentLink(state, false);
    if (link === written) return;
    written = link;
    const url = `${window.location.pathname}${link}`;
    // An embed's history entries would be the host page's: Back there must leave the course page.
    if (takeDeliberate() && !state.embed) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  // A fragment typed into the address bar fires popstate too, so both kinds of change reload.
  const onPop = () => {
    load();
    written = currentLink(useStore.getState(), false);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
