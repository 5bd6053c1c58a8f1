/**
 * The launcher and its start-up snapshot (bin/quotes.js, dist/cli.blob): run
 * as a user runs it (the file itself, through its shell part), the command
 * prints the same stdout and stderr and exits with the same status as a
 * plain `node bin/quotes.js`, whether it started from the snapshot or not;
 * and it starts from the snapshot only when the blob's stamp is this Node's
 * version and the launcher's flags. Which Node command line the launcher
 * chose is read from a `node` put first on PATH that logs its arguments.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a script of the repository, without types
import { NODE_FLAGS, SNAPSHOT_STAMP } from '../scripts/node-command.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLE = join(ROOT, 'fixtures', 'tass-putin-trump.txt');
const STDIN_TEXT = '“We will not back down,” said Maria Lindqvist, the union leader. She said that talks would resume.\n';

let work: string;
let log: string;

/**
 * A copy of the package (bin, dist, scripts, package.json; models and the packages of
 * node_modules linked) that a test may change. `tagger` rewrites the copy's
 * own compromise/two file; without it compromise is linked too.
 */
function packageCopy(name: string, tagger?: (source: string) => string): string {
  const copy = join(work, name);
  cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'scripts'), join(copy, 'scripts'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'models'), join(copy, 'models'));
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === 'compromise' && tagger) cpSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry), { recursive: true });
    else symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  if (tagger) {
    const file = createRequire(join(copy, 'dist', 'nlp.js')).resolve('compromise/two');
    expect(file.startsWith(copy)).toBe(true);
    writeFileSync(file, tagger(readFileSync(file, 'utf8')));
  }
  return copy;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The command lines the launcher gave `node`, one per line. */
  nodeCalls: string[];
}

function launch(bin: string, args: string[], { input = '', env = {} }: { input?: string; env?: Record<string, string> } = {}): Run {
  writeFileSync(log, '');
  const run = spawnSync(bin, args, {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', PATH: `${join(work, 'path')}:${process.env.PATH}`, QUOTES_NODE_LOG: log, ...env },
  });
  const nodeCalls = readFileSync(log, 'utf8').split('\n').filter((line) => line && line !== '--version');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, nodeCalls };
}

/** The same, as `node <flags> bin/quotes.js`: no shell part, no snapshot. */
function plain(args: string[], input = ''): Omit<Run, 'nodeCalls'> {
  const run = spawnSync(process.execPath, [...NODE_FLAGS, join(ROOT, 'bin', 'quotes.js'), ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** stderr without the time a batch's summary line gives ("…, 1 speaker, 0.6 s"). */
const untimed = <T extends { stderr: string }>(run: T): T => ({ ...run, stderr: run.stderr.replace(/, \d+(?:\.\d+)? s$/gm, ', … s') });

const usesSnapshot = (run: Run): boolean => run.nodeCalls.length === 1 && run.nodeCalls[0]!.includes('--snapshot-blob');
const startsPlain = (run: Run): boolean => run.nodeCalls.length === 1 && !run.nodeCalls[0]!.includes('--snapshot-blob');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'quotes-snapshot-'));
  log = join(work, 'node.log');
  const fake = join(work, 'path', 'node');
  mkdirSync(join(work, 'path'));
  writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$*" >> "$QUOTES_NODE_LOG"\nexec ${JSON.stringify(process.execPath)} "$@"\n`);
  chmodSync(fake, 0o755);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the start-up snapshot', () => {
  it('is built with a stamp of this Node and the launcher flags', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.blob'))).toBe(true);
    expect(readFileSync(join(ROOT, 'dist', 'cli.blob.stamp'), 'utf8')).toBe(`${SNAPSHOT_STAMP}\n`);
    expect(SNAPSHOT_STAMP).toBe(`${process.version} ${NODE_FLAGS.join(' ')}`);
  });

  const cases: [string, string[], string][] = [
    ['an article, JSON Lines', [ARTICLE, '--format', 'jsonl'], ''],
    ['an article, the table, --explain', [ARTICLE, '--explain'], ''],
    ['stdin', ['--format', 'json'], STDIN_TEXT],
    ['records on two workers', ['--records', '--jobs', '2', '--format', 'jsonl'], [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, text: STDIN_TEXT.repeat(i) })).join('\n')],
    ['--help', ['--help'], ''],
    ['a usage error', ['--format', 'nope', ARTICLE], ''],
    ['an input that is missing', [join(ROOT, 'fixtures', 'no-such-file.txt'), ARTICLE], ''],
  ];
  for (const [name, args, input] of cases) {
    it(`gives what a plain start gives: ${name}`, () => {
      const run = launch(join(ROOT, 'bin', 'quotes.js'), args, { input });
      expect(usesSnapshot(run)).toBe(true);
      const { nodeCalls, ...result } = run;
      expect(nodeCalls[0]).toContain(NODE_FLAGS.join(' '));
      expect(untimed(result)).toEqual(untimed(plain(args, input)));
    });
  }

  it('is used through a symbolic link to the launcher (npm links the command so)', () => {
    const link = join(work, 'quotes');
    if (!existsSync(link)) symlinkSync(join(ROOT, 'bin', 'quotes.js'), link);
    const run = launch(link, [ARTICLE, '--format', 'jsonl']);
    expect(usesSnapshot(run)).toBe(true);
    expect(run.stdout).toBe(plain([ARTICLE, '--format', 'jsonl']).stdout);
  });

  it('is used when the launcher cannot resolve its own path (no readlink -f) and was given a relative one', () => {
    const noReadlink = join(work, 'no-readlink');
    mkdirSync(noReadlink, { recursive: true });
    writeFileSync(join(noReadlink, 'readlink'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(noReadlink, 'readlink'), 0o755);
    writeFileSync(log, '');
    const run = spawnSync(join('bin', 'quotes.js'), [ARTICLE, '--format', 'jsonl'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', PATH: `${noReadlink}:${join(work, 'path')}:${process.env.PATH}`, QUOTES_NODE_LOG: log },
    });
    const calls = readFileSync(log, 'utf8').split('\n').filter((line) => line && line !== '--version');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain('--snapshot-blob bin/../dist/cli.blob -- bin/quotes.js');
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual(plain([ARTICLE, '--format', 'jsonl']));
  });

  it('is not used by --version, which a plain start answers sooner', () => {
    const run = launch(join(ROOT, 'bin', 'quotes.js'), ['--version']);
    expect(startsPlain(run)).toBe(true);
    expect(run.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('is not used when NODE_OPTIONS may give V8 other flags', () => {
    const run = launch(join(ROOT, 'bin', 'quotes.js'), [ARTICLE, '--format', 'jsonl'], { env: { NODE_OPTIONS: '--max-old-space-size=2048' } });
    expect(startsPlain(run)).toBe(true);
    expect(run.stdout).toBe(plain([ARTICLE, '--format', 'jsonl']).stdout);
  });

  it("runs the CLI of the package it is in, not of the one it was built in (a package moved or copied)", () => {
    const copy = packageCopy('moved');
    writeFileSync(join(copy, 'dist', 'cli', 'main.js'), "export function main(argv) { process.stdout.write(`the copy's main: ${argv.slice(2).join(' ')}\\n`); }\n");
    const run = launch(join(copy, 'bin', 'quotes.js'), ['a', '--b']);
    expect(usesSnapshot(run)).toBe(true);
    expect(run.stdout).toBe("the copy's main: a --b\n");
  });

  it('drops the tagger it holds when the package has another compromise/two file (updated without a rebuild)', () => {
    const same = packageCopy('same-tagger', (source) => source);
    const kept = launch(join(same, 'bin', 'quotes.js'), [ARTICLE, '--format', 'jsonl']);
    expect(usesSnapshot(kept)).toBe(true);
    expect(kept.stdout).toBe(plain([ARTICLE, '--format', 'jsonl']).stdout);
    // a tagger file that fails when loaded shows that the CLI loaded it
    const other = packageCopy('other-tagger', (source) => `throw new Error('the package tagger was loaded');\n${source}`);
    const run = launch(join(other, 'bin', 'quotes.js'), [ARTICLE, '--format', 'jsonl']);
    expect(usesSnapshot(run)).toBe(true);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the package tagger was loaded');
  });

  it('is not used when its stamp names another Node or other flags, or is missing, or the blob is', () => {
    const copy = packageCopy('stamps');
    const bin = join(copy, 'bin', 'quotes.js');
    const stamp = join(copy, 'dist', 'cli.blob.stamp');
    const expected = plain([ARTICLE, '--format', 'jsonl']);
    expect(usesSnapshot(launch(bin, [ARTICLE, '--format', 'jsonl']))).toBe(true);
    const startsAsPlain = (): void => {
      const { nodeCalls, ...result } = launch(bin, [ARTICLE, '--format', 'jsonl']);
      expect(startsPlain({ nodeCalls, ...result })).toBe(true);
      // the shell part adds nothing to stderr (a stamp it cannot read is no error)
      expect(result).toEqual(expected);
    };
    for (const other of ['v20.0.0 ' + NODE_FLAGS.join(' '), `${process.version} --no-regexp-tier-up`, '']) {
      writeFileSync(stamp, other ? `${other}\n` : '');
      startsAsPlain();
    }
    rmSync(stamp);
    startsAsPlain();
    writeFileSync(stamp, `${SNAPSHOT_STAMP}\n`);
    rmSync(join(copy, 'dist', 'cli.blob'));
    startsAsPlain();
  });
});

/** What `npm install` of the published package finds: the built files less those compiled by one Node. */
function asPublished(copy: string): void {
  for (const file of ['cli.blob', 'cli.blob.stamp', 'tagger.cache']) rmSync(join(copy, 'dist', file), { force: true });
}

/** `npm install`'s postinstall, run as npm runs it (in the package's folder). */
const postinstall = (copy: string) => spawnSync(process.execPath, ['scripts/tagger-cache.mjs', '--install'], { cwd: copy, encoding: 'utf8' });

describe('the installed package', () => {
  it("holds the scripts that build the snapshot, and neither it nor the code cache (they hold one Node's compiled code)", () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/quotes.js', 'dist/cli/main.js', 'dist/nlp.js', 'scripts/tagger-cache.mjs', 'scripts/snapshot-entry.cjs', 'scripts/node-command.mjs', 'models/reported-speech.json']));
    expect(files.filter((f) => /^dist\/(?:cli\.blob|tagger\.cache)/u.test(f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.postinstall).toBe('node scripts/tagger-cache.mjs --install');
  });

  it('gets the snapshot and the code cache built for the Node that installs it', () => {
    const copy = packageCopy('installed');
    asPublished(copy);
    const run = postinstall(copy);
    expect(run.status).toBe(0);
    expect(readFileSync(join(copy, 'dist', 'cli.blob.stamp'), 'utf8')).toBe(`${SNAPSHOT_STAMP}\n`);
    expect(existsSync(join(copy, 'dist', 'tagger.cache'))).toBe(true);
    const started = launch(join(copy, 'bin', 'quotes.js'), [ARTICLE, '--format', 'jsonl']);
    expect(usesSnapshot(started)).toBe(true);
    expect(started.stdout).toBe(plain([ARTICLE, '--format', 'jsonl']).stdout);
  });

  it('is not failed by an install that cannot build them: the command starts without them', () => {
    const copy = packageCopy('install-fails', (source) => `throw new Error('no tagger here');\n${source}`);
    asPublished(copy);
    const run = postinstall(copy);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^quotes install: /mu);
    expect(existsSync(join(copy, 'dist', 'cli.blob.stamp'))).toBe(false);
    expect(startsPlain(launch(join(copy, 'bin', 'quotes.js'), ['--help']))).toBe(true);
  });

  it('in a checkout leaves them to `npm run build`', () => {
    const copy = packageCopy('checkout');
    asPublished(copy);
    mkdirSync(join(copy, 'src'));
    const run = postinstall(copy);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(existsSync(join(copy, 'dist', 'cli.blob'))).toBe(false);
    expect(existsSync(join(copy, 'dist', 'tagger.cache'))).toBe(false);
  });
});
