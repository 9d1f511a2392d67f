/**
 * Lowers the priority of the calling worker thread, so the main thread's
 * page rendering (the build's critical path) gets a whole core whenever both
 * workers and the main thread want to run on a two-core machine. The workers'
 * output (mirrors, social images) is only needed when the pages are done, and
 * they keep the second core to themselves meanwhile.
 *
 * Linux gives each thread its own nice value: setpriority() on a thread id
 * changes that thread alone. Elsewhere, or if the kernel refuses, the worker
 * keeps the normal priority and the build is the same, only slower to finish.
 * Imports only node:, so worker threads can load it with their types stripped.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value of a background worker: 10 gives it about a tenth of a core's share against a thread at 0. */
export const backgroundNice = 10;

/** Makes the calling thread a background thread; returns the thread id it changed, if it could. */
export function runInBackground(): number | undefined {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>" for the thread that reads it.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return undefined;
    // Never raise it: a build already started at a lower priority keeps it.
    setPriority(tid, Math.max(getPriority(tid), backgroundNice));
    return tid;
  } catch {
    return undefined;
  }
}
