/** The image view's picture is not configuration: an `input` in its link is refused, visibly. */
import { expect, test } from 'vitest';
import { parseQuery } from '../../state/urlParams';

test('input values in an image link are refused by name, and nothing is set', () => {
  const parsed = parseQuery({ mode: 'image', input: '1,2,3' });
  expect(parsed.notices.map((n) => n.param)).toEqual(['input']);
  expect(parsed.config.input).toBeNull();
});
