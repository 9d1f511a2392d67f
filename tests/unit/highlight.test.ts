/** Highlighting does not depend on how fast the machine is: the same code gives the same HTML under any load. */
import { afterEach, expect, test, vi } from 'vitest';
import { highlight } from '../../src/lib/highlight';

afterEach(() => vi.restoreAllMocks());

test('a slow machine highlights exactly as a fast one (no per-line time limit cuts a line short)', async () => {
  // Two lines that differ only inside a string, so their highlighting must differ only there.
  const line = (n: number) => `curl 'https://api.example.test/v${n}/chat/completions' -H "Authorization: Bearer $KEY" -d '{"model": "m"}'`;
  const fast = await highlight(line(1), 'shellscript');
  // Every clock reading a second after the last, as when the build shares two cores with other work.
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
  const slow = await highlight(line(2), 'shellscript');
  expect(slow.replace('/v2/', '/v1/')).toBe(fast);
  expect(slow).toContain("--shiki-dark:#A5D6FF\"> 'https://api.example.test/v2/chat/completions'");
});
