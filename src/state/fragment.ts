/**
 * Which URL parameters ride in the fragment (`#input=…&kernel=…`) rather than the query string.
 * Edited values can run to kilobytes; browsers never send the fragment to the server, so a link
 * with them can always be opened (a long query string is refused with HTTP 431), and the short query
 * still names the view. Reading takes both places: the query for links written before, the fragment
 * for new ones (it wins when both are present).
 */
export const FRAGMENT_PARAMS: readonly string[] = ['input', 'kernel', 'biases'];

export interface LinkParts {
  /** Without the leading `?`. */
  query: string;
  /** Without the leading `#`; empty when nothing was edited. */
  fragment: string;
}

/** Splits parameters between the query string and the fragment. */
export function linkParts(params: Record<string, string>): LinkParts {
  const query: Record<string, string> = {};
  const fragment: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (FRAGMENT_PARAMS.includes(key)) fragment.push(`${key}=${encodeFragmentValue(value)}`);
    else query[key] = value;
  }
  return { query: new URLSearchParams(query).toString(), fragment: fragment.join('&') };
}

/** `?query#fragment`, leaving out the empty parts. */
export function linkSuffix({ query, fragment }: LinkParts): string {
  return `${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** The parameters of a location: the query's, with the fragment's value parameters over them. */
export function locationParams(search: string, hash: string): URLSearchParams {
  const params = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of FRAGMENT_PARAMS) {
    const value = fragment.get(key);
    if (value !== null) params.set(key, value);
  }
  return params;
}

// Values are digits and `-.e,_~*:/` (valueCodec.ts), all allowed as they are in a fragment; only
// what is not gets escaped, so the fragment stays as short and readable as the values.
function encodeFragmentValue(value: string): string {
  return value.replace(/[^\w\-.,~*:/]/g, (ch) => encodeURIComponent(ch));
}
