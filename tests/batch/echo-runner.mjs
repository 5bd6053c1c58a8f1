// A runner module for the pool tests: doubles a number after a delay that
// varies by task (so later tasks often finish first), and says which thread ran it.
import { threadId } from 'node:worker_threads';

export function createRunner(config) {
  return async (n) => {
    if (n === config.throwOn) throw new Error(`runner failed on ${n}`);
    await new Promise((done) => setTimeout(done, (n * 7) % 5));
    return { doubled: n * 2, thread: threadId };
  };
}
