/**
 * The `set` command (contract §4): URL parameters over the current configuration, validated exactly
 * as a URL is, and applied all or nothing. One refused entry (a value out of range, a key that is
 * not a parameter, a key only the iframe's address may carry, a value that is not text) refuses the
 * whole command: nothing changes and the host gets one reason per refused entry.
 */
import { configToParams, parseQuery, type Notice } from './urlParams';
import { configProblem, operationFor } from './derived';
import type { Config } from './config';
import { quote } from './embedCommands';
import { useStore } from './store';

/** More keys than the URL has parameters is a mistake, not a configuration; and it bounds the work. */
const MAX_KEYS = 40;
/** Only the page that embeds decides these, in the iframe's address. */
const ADDRESS_ONLY = new Set(['origin', 'embed']);
/** A value no parameter accepts: the parser's notice about it proves the key is a parameter. */
const PROBE = '\u0000';

const isParameter = (key: string): boolean =>
  parseQuery(new URLSearchParams([[key, PROBE]])).notices.some((n) => n.param === key);

/** "Ignored size: values must be from 1 to 32." → "size: values must be from 1 to 32". */
const reasonOf = (n: Notice): string =>
  `${n.param}: ${n.message.replace(/^Ignored [^:]*: /, '').replace(/\.$/, '')}`;

const refusal = (reasons: string[]): string => `set refused, nothing changed. ${reasons.join('; ')}.`;

/** The entries as URL text, and why some cannot be. */
function asParams(sent: Record<string, unknown>): { given: URLSearchParams; reasons: string[] } {
  const given = new URLSearchParams();
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(sent)) {
    if (ADDRESS_ONLY.has(key)) reasons.push(`${key}: only the iframe's address can set it`);
    else if (!isParameter(key)) reasons.push(`${quote(key)}: not a Kernelwise parameter`);
    else if (typeof value === 'string') given.set(key, value);
    else if (typeof value === 'number' && Number.isFinite(value)) given.set(key, String(value));
    else if (typeof value === 'boolean') given.set(key, value ? '1' : '0');
    else reasons.push(`${key}: give its value as text, as in a URL`);
  }
  return { given, reasons };
}

const sizeOf = (config: Config): string => {
  const plane = operationFor(config).output[0]!;
  return `${plane.length}x${plane[0]!.length}`;
};

/** Applies `sent` and returns null, or returns why it was refused (and changes nothing). */
export function applySet(sent: Record<string, unknown>): string | null {
  if (Object.keys(sent).length > MAX_KEYS) return refusal([`at most ${MAX_KEYS} parameters at once`]);
  const { given, reasons } = asParams(sent);

  const store = useStore.getState();
  const current = store.config;
  // A new view starts from its own defaults; otherwise the parameters not named keep their values.
  const newMode = given.has('mode') && given.get('mode') !== current.mode;
  const merged = new URLSearchParams(
    newMode ? {} : configToParams({ ...current, input: null, kernel: null, biases: null }),
  );
  for (const [key, value] of given) merged.set(key, value);
  const parsed = parseQuery(merged);
  reasons.push(...parsed.notices.map(reasonOf));
  if (reasons.length > 0) return refusal(reasons);

  // Edited values carry over (refitted to the new shape) unless the host sends its own.
  const config = { ...parsed.config };
  if (!newMode && !given.has('input')) config.input = current.input;
  if (!newMode && !given.has('kernel')) config.kernel = current.kernel;
  if (!newMode && !given.has('biases')) config.biases = current.biases;
  const problem = configProblem(config);
  if (problem) return refusal([`that combination has no output: ${problem}`]);

  const session = parsed.session;
  store.load(
    config,
    {
      step: given.has('step') ? session.step : store.step,
      ...(given.has('speed') && { speed: session.speed }),
      ...(given.has('loop') && { loop: session.loop }),
      ...(given.has('controls') && { controls: session.controls }),
      ...(given.has('quiz') && { quiz: session.quiz }),
    },
    [],
  );
  // As after a change in the panel: a new output size is the first question.
  const after = useStore.getState();
  if (after.quiz && !newMode && sizeOf(config) !== sizeOf(current))
    useStore.setState({ step: 0, revealed: -1, sizeAsked: true, hints: 0 });
  if (session.autoplay) useStore.getState().play();
  return null;
}
