/**
 * The command line against the file system and signals (issue #9): links
 * leading outside the folder (followed only with --follow), pipes and devices
 * skipped, unreadable files and folders where files are expected reported,
 * odd path names escaped on stderr and exact in JSON, SIGTERM during an -o
 * run. The CLI is the subject, so these spawn the real binary.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'quotes.js');
const SEED = join(ROOT, 'fixtures', 'tass-putin-trump.txt');
const ROOT_USER = process.getuid?.() === 0;
const ARTICLE = '“We are ready to meet at any time,” Putin said.\n';

function quotes(args: (string | Buffer)[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...(args as string[])], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const files = (stdout: string): string[] => [...new Set(stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).file as string))];

describe('folders: links, pipes, devices, unreadable files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quotes-fs-'));
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'secret.txt'), ARTICLE);
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), ARTICLE);
    symlinkSync('a.txt', join(dir, 'in', 'inside-link.txt'));
    symlinkSync('../outside/secret.txt', join(dir, 'in', 'out-file.txt'));
    symlinkSync('../outside', join(dir, 'in', 'out-folder'));
    spawnSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
    symlinkSync('/dev/zero', join(dir, 'in', 'zero.txt'));
    mkdirSync(join(dir, 'in', 'folder.txt'));
    writeFileSync(join(dir, 'in', 'sub', 'locked.txt'), ARTICLE);
    chmodSync(join(dir, 'in', 'sub', 'locked.txt'), 0o000);
  });

  it('does not follow links leading outside the folder, says so on one line each, and follows them with --follow', () => {
    const run = quotes(['in', '--format', 'jsonl', '-q'], dir);
    // (root reads the locked file)
    expect(files(run.stdout).filter((f) => !f.includes('locked'))).toEqual(['in/a.txt', 'in/inside-link.txt']);
    expect(run.stderr).toMatch(/^quotes: in\/out-file\.txt: symbolic link leading outside .* not followed without --follow$/m);
    expect(run.stderr).toMatch(/^quotes: in\/out-folder: symbolic link leading outside .* not followed without --follow$/m);
    expect(run.status).toBe(1);
    const followed = quotes(['in', '--format', 'jsonl', '-q', '--follow'], dir);
    expect(files(followed.stdout).filter((f) => !f.includes('locked'))).toEqual(['in/a.txt', 'in/inside-link.txt', 'in/out-file.txt', 'in/out-folder/secret.txt']);
    expect(followed.stderr).not.toMatch(/outside/);
  });

  it('skips pipes and devices in folders (never reads them), even with --follow', () => {
    const run = quotes(['in', '--format', 'jsonl', '-q', '--follow'], dir);
    expect(run.stderr).toMatch(/^quotes: in\/pipe\.txt: not a regular file \(a pipe, socket or device\); skipped$/m);
    expect(run.stderr).toMatch(/^quotes: in\/zero\.txt: not a regular file \(a pipe, socket or device\); skipped$/m);
  });

  it('a folder where an output file is expected: one line naming it, exit 1, no temporary file left', () => {
    const run = quotes([SEED, '-o', 'in/folder.txt'], dir);
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: 'quotes: in/folder.txt: cannot write the output: is a directory\n' });
    expect(readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // root reads any file: as root, the command runs as user nobody (setpriv, from util-linux), with the folder opened to it
  const SETPRIV = '/usr/bin/setpriv';
  const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  // as nobody, the checkout itself must be reachable (a clone inside a private temporary folder is not)
  const nobodyRuns = ROOT_USER && existsSync(SETPRIV) && spawnSync(SETPRIV, [...AS_NOBODY, '/usr/bin/test', '-r', BIN]).status === 0;
  it.skipIf(ROOT_USER && !nobodyRuns)('reports an unreadable file on one line and goes on', () => {
    let run = quotes(['in', '--format', 'jsonl', '-q'], dir);
    if (ROOT_USER) {
      for (const folder of [dir, join(dir, 'in'), join(dir, 'in', 'sub')]) chmodSync(folder, 0o755);
      const nobody = [...AS_NOBODY, process.execPath, BIN, 'in', '--format', 'jsonl', '-q'];
      run = spawnSync(SETPRIV, nobody, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    }
    expect(run.stderr).toMatch(/^quotes: in\/sub\/locked\.txt: permission denied$/m);
    expect(files(run.stdout)).toContain('in/a.txt');
  });
});

describe('odd path names', () => {
  it('are escaped on stderr (one line) and exact in the JSON file field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-names-'));
    const names = ['with space.txt', 'new\nline.txt', 'esc\x1b[31m.txt'];
    for (const name of names) writeFileSync(join(dir, name), ARTICLE);
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 0]));
    writeFileSync(join(dir, 'bin\nary file.txt'), Buffer.from([0, 1, 2, 0]));
    const run = quotes(['.', '--format', 'jsonl', '-q'], dir);
    expect(files(run.stdout).sort()).toEqual(names.sort());
    expect(run.stdout).not.toMatch(/fileBytes/);
    // found by the folder walk: escaped on stderr too
    expect(run.stderr).toBe('quotes: bad.txt: not a text file (binary data)\nquotes: bin\\x0aary file.txt: not a text file (binary data)\n');
    const documents = JSON.parse(quotes(['.', '--format', 'json', '-q'], dir).stdout) as { file: string }[];
    expect(documents.map((d) => d.file).sort()).toEqual(names.sort());
    const binary = quotes(['new\nline.txt', 'bad.txt', 'no\nsuch\x1b.txt'], dir);
    expect(binary.stderr).toBe('quotes: bad.txt: not a text file (binary data)\nquotes: no\\x0asuch\\x1b.txt: no such file or directory\n');
  });

  it('that are not UTF-8: found and read in folders, escaped on stderr (\\xff), exact in JSON (fileBytes: the bytes in base64)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-bytes-'));
    const path = (...parts: number[][]): Buffer => Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => Buffer.from(p))]);
    const name = [0x66, 0xff, 0x2e, 0x74, 0x78, 0x74]; // f, 0xff, .txt
    const folder = [0x64, 0xe9]; // d, é in Latin-1
    const slash = [0x2f];
    writeFileSync(path(name), ARTICLE);
    writeFileSync(path([0x70, 0x2e, 0x74, 0x78, 0x74]), ARTICLE); // p.txt: an ordinary name beside them
    mkdirSync(path(folder));
    writeFileSync(path(folder, slash, [0x62, 0xfe, 0x2e, 0x74, 0x78, 0x74]), Buffer.from([0, 1, 2, 0])); // b, 0xfe, .txt: binary
    writeFileSync(path(folder, slash, [0x77, 0xfe, 0x2e, 0x74, 0x78, 0x74]), Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff, 0x0a])])); // w, 0xfe, .txt: a bad byte inside
    const run = quotes(['.', '--format', 'jsonl', '-q'], dir);
    const records = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; fileBytes?: string; speaker: { name: string } });
    expect(records.map((r) => [r.file, r.fileBytes === undefined ? undefined : [...Buffer.from(r.fileBytes, 'base64')], r.speaker.name])).toEqual([
      ['d\uFFFD/w\uFFFD.txt', [...folder, ...slash, 0x77, 0xfe, 0x2e, 0x74, 0x78, 0x74], 'Putin'],
      ['f\uFFFD.txt', name, 'Putin'],
      ['p.txt', undefined, 'Putin'],
    ]);
    expect(run.stderr).toBe(
      'quotes: d\\xe9/b\\xfe.txt: not a text file (binary data)\n' +
        'quotes: d\\xe9/w\\xfe.txt: warning: the input is not valid UTF-8; invalid bytes were replaced with U+FFFD\n',
    );
    expect(run.status).toBe(1);
    const documents = JSON.parse(quotes(['.', '--format', 'json', '-q'], dir).stdout) as { file: string; fileBytes?: string }[];
    expect(documents.map((d) => [d.file, d.fileBytes])).toEqual([
      ['d\uFFFD/w\uFFFD.txt', Buffer.from([...folder, ...slash, 0x77, 0xfe, 0x2e, 0x74, 0x78, 0x74]).toString('base64')],
      ['f\uFFFD.txt', Buffer.from(name).toString('base64')],
      ['p.txt', undefined],
    ]);
    expect(quotes(['.', '-q', '--format', 'list'], dir).stdout).toMatch(/^f\\xff\.txt$/m);
    // --out-dir mirrors the names byte for byte, and --resume finds them
    expect(quotes(['.', '-q', '--out-dir', 'out', '--format', 'json'], dir).status).toBe(1);
    const json = [0x2e, 0x6a, 0x73, 0x6f, 0x6e];
    expect(readdirSync(path([0x6f, 0x75, 0x74]), { encoding: 'buffer' }).map((n) => [...n]).sort()).toEqual([[...folder], [...name, ...json], [0x70, 0x2e, 0x74, 0x78, 0x74, ...json]]);
    expect(JSON.parse(readFileSync(path([0x6f, 0x75, 0x74], slash, folder, slash, [0x77, 0xfe, 0x2e, 0x74, 0x78, 0x74], json), 'utf8')).fileBytes).toBe(documents[0]!.fileBytes);
    expect(quotes(['.', '--out-dir', 'out', '--format', 'json', '--resume'], dir).stderr).toMatch(/^quotes: 0 processed, 1 failed, 3 skipped, /m);
  });
});

describe('SIGTERM', () => {
  it('during an -o run: exit 143, no output file and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-term-'));
    const article = readFileSync(SEED, 'utf8');
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, 'in', `a${String(i).padStart(3, '0')}.txt`), article);
    mkdirSync(join(dir, 'out'));
    const child = spawn(process.execPath, [BIN, 'in', '--format', 'jsonl', '--jobs', '1', '-o', 'out/all.jsonl'], { cwd: dir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const poll = setInterval(() => {
      if (readdirSync(join(dir, 'out')).length > 0) {
        clearInterval(poll);
        child.kill('SIGTERM');
      }
    }, 20);
    const status = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(poll);
    expect(status).toBe(143);
    expect(stderr).toMatch(/quotes: interrupted \(SIGTERM\)/);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  }, 120_000);
});
