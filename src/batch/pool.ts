/**
 * Runs tasks on worker threads and hands the results back in task order.
 *
 * The work is a module exporting `createRunner(config)`, which returns the
 * function run on each task; each worker imports it once (so the NLP model
 * is loaded once per worker). With one job the runner runs in this thread,
 * with no worker at all. At most `window` tasks are in flight or waiting to
 * be handed back, so memory stays flat however many tasks come; tasks are
 * pulled from their iterable only as the window frees up.
 */
import { Worker } from 'node:worker_threads';

/** A module that can be run by the pool: `createRunner(config)` → the function run on each task. */
export interface RunnerModule<T, R> {
  createRunner(config: unknown): ((task: T) => R | Promise<R>) | Promise<(task: T) => R | Promise<R>>;
}

export interface PoolOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  /** URL of the runner module (compiled JavaScript). */
  runner: URL;
  /** Handed to createRunner in each worker; must survive structured cloning. */
  config: unknown;
  /** Tasks in flight or waiting to be handed back, at most (default: 8 per job). */
  window?: number;
  /**
   * This thread is one of the jobs: it runs tasks itself whenever the
   * workers have enough queued, so `jobs` 2 starts one worker, not two (a
   * worker costs memory and about a second to start, and this thread would
   * otherwise wait). For a program that only waits on the results (the
   * command line); a library caller's event loop would be blocked.
   */
  mainThread?: boolean;
  /** Stops dispatching and ends the iteration (workers are terminated). */
  signal?: AbortSignal;
}

/** A task and what its runner returned. */
export interface Completed<T, R> {
  task: T;
  value: R;
}

/** Tasks a worker takes at once: one running, one waiting, so it never idles on a message round trip. */
const PER_WORKER = 2;

type Message<R> = { seq: number; value: R } | { seq: number; error: string };

function iterate<T>(tasks: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in tasks ? (tasks as AsyncIterable<T>)[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]();
}

/** A turn of the event loop, so that signals and I/O are seen between tasks run in this thread. */
const turn = (): Promise<void> => new Promise((done) => setImmediate(done));

/** The runner, loaded in this thread. */
async function localRunner<T, R>(options: PoolOptions): Promise<(task: T) => R | Promise<R>> {
  const module = (await import(options.runner.href)) as RunnerModule<T, R>;
  return module.createRunner(options.config);
}

async function* inThisThread<T, R>(tasks: Iterable<T> | AsyncIterable<T>, options: PoolOptions): AsyncGenerator<Completed<T, R>> {
  const run = await localRunner<T, R>(options);
  const iterator = iterate(tasks);
  try {
    for (;;) {
      await turn();
      if (options.signal?.aborted) return;
      const next = await iterator.next();
      if (next.done) return;
      yield { task: next.value, value: await run(next.value) };
    }
  } finally {
    await iterator.return?.();
  }
}

interface Slot {
  worker: Worker;
  busy: number;
}

async function* onWorkers<T, R>(tasks: Iterable<T> | AsyncIterable<T>, options: PoolOptions): AsyncGenerator<Completed<T, R>> {
  const window = options.window ?? options.jobs * 8;
  const iterator = iterate(tasks);
  const sent = new Map<number, { task: T; slot: Slot }>();
  const finished = new Map<number, Completed<T, R>>();
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const rouse = (): void => {
    wake?.();
    wake = null;
  };
  /** This thread's runner, loaded when it first takes a task. */
  let local: ((task: T) => R | Promise<R>) | null = null;
  const slots: Slot[] = Array.from({ length: options.mainThread ? options.jobs - 1 : options.jobs }, () => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { runner: options.runner.href, config: options.config } });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (message: Message<R>) => {
      const entry = sent.get(message.seq);
      if (!entry) return;
      sent.delete(message.seq);
      slot.busy--;
      if ('error' in message) fatal ??= new Error(message.error);
      else finished.set(message.seq, { task: entry.task, value: message.value });
      rouse();
    });
    worker.on('error', (error) => {
      fatal ??= error;
      rouse();
    });
    worker.on('exit', (code) => {
      if (code !== 0) fatal ??= new Error(`a worker thread stopped (exit code ${code})`);
      rouse();
    });
    return slot;
  });
  const abort = (): void => rouse();
  options.signal?.addEventListener('abort', abort);
  let dispatched = 0;
  let handed = 0;
  let exhausted = false;
  try {
    for (;;) {
      if (options.signal?.aborted) return;
      if (fatal) throw fatal;
      const ready = finished.get(handed);
      if (ready) {
        finished.delete(handed);
        handed++;
        yield ready;
        continue;
      }
      if (exhausted && handed === dispatched) return;
      const free = slots.reduce((best, s) => (s.busy < best.busy ? s : best));
      if (!exhausted && dispatched - handed < window && free.busy < PER_WORKER) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          sent.set(dispatched, { task: next.value, slot: free });
          free.busy++;
          free.worker.postMessage({ seq: dispatched, task: next.value });
          dispatched++;
        }
        continue;
      }
      if (options.mainThread && !exhausted && dispatched - handed < window) {
        // the workers have enough queued: this thread takes the next task
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          const seq = dispatched++;
          local ??= await localRunner<T, R>(options);
          finished.set(seq, { task: next.value, value: await local(next.value) });
          // let the workers' messages in before choosing again
          await turn();
        }
        continue;
      }
      await new Promise<void>((done) => (wake = done));
    }
  } finally {
    options.signal?.removeEventListener('abort', abort);
    for (const slot of slots) slot.worker.removeAllListeners('exit');
    await Promise.all(slots.map((s) => s.worker.terminate()));
    await iterator.return?.();
  }
}

/**
 * Runs every task and yields `{task, value}` in task order. Throws when a
 * runner throws or a worker dies (runners report per-task failures as values).
 */
export function mapInOrder<T, R>(tasks: Iterable<T> | AsyncIterable<T>, options: PoolOptions): AsyncGenerator<Completed<T, R>> {
  return options.jobs <= 1 ? inThisThread<T, R>(tasks, options) : onWorkers<T, R>(tasks, options);
}
