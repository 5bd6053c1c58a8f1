/**
 * The entry of a pool's worker thread: imports the runner module once,
 * builds its runner from the pool's config, then runs each task it is sent
 * and posts the result back with the task's sequence number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunnerModule } from './pool.js';

const { runner, config } = workerData as { runner: string; config: unknown };
const module = (await import(runner)) as RunnerModule<unknown, unknown>;
const run = await module.createRunner(config);

parentPort!.on('message', async ({ seq, task }: { seq: number; task: unknown }) => {
  try {
    parentPort!.postMessage({ seq, value: await run(task) });
  } catch (error) {
    parentPort!.postMessage({ seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
