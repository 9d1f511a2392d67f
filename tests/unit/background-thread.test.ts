/** The build's worker threads run at a lower priority than the main thread, which renders the pages. */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { backgroundNice } from '../../src/integrations/background-thread';

const moduleUrl = new URL('../../src/integrations/background-thread.ts', import.meta.url).href;
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

describe.runIf(existsSync('/proc/thread-self'))('background threads', () => {
  test('a worker that calls runInBackground gets the background nice value; the main thread keeps its own', async () => {
    const source = `
      import { readFileSync } from 'node:fs';
      import { parentPort } from 'node:worker_threads';
      const { runInBackground } = await import(${JSON.stringify(moduleUrl)});
      const before = readFileSync('/proc/thread-self/stat', 'utf8');
      const tid = runInBackground();
      parentPort.postMessage({ tid, before, after: readFileSync('/proc/thread-self/stat', 'utf8') });`;
    const worker = new Worker(source, { eval: true, type: 'module' } as never);
    const reply = await new Promise<{ tid: number; before: string; after: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const { readFileSync } = await import('node:fs');
    const main = niceOf(readFileSync('/proc/self/stat', 'utf8'));
    expect(reply.tid).toBeGreaterThan(0);
    expect(reply.tid).not.toBe(process.pid);
    expect(niceOf(reply.before)).toBe(main);
    expect(niceOf(reply.after)).toBe(Math.max(main, backgroundNice));
    expect(niceOf(readFileSync('/proc/self/stat', 'utf8'))).toBe(main);
  });
});
