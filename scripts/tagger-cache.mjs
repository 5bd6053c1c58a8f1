// Part of `npm run build`: what makes loading the NLP tagger cheap.
// - dist/tagger.cache, V8's code cache of the tagger (see TAGGER_CACHE in
//   src/nlp.ts), for the library and any start without the snapshot;
// - dist/cli.blob, the command's start-up snapshot (scripts/snapshot-entry.cjs),
//   with dist/cli.blob.stamp, which the launcher checks before using it.
// V8 takes either only from a process with the same flags, so both are made
// in child runs with the launcher's flags. The tagger tags a few sentences
// first, so that the functions a parse runs are compiled too, not only the
// loading code.
//
// Both hold code compiled by one Node version, so the published package
// ships neither: `npm install` makes them for the Node that installs it
// (`postinstall`, `--install`), and without failing the install when it
// cannot (the command then starts without them, only slower). In a checkout
// (src/ beside scripts/) `--install` does nothing: `npm run build` makes them
// from the dist it has just compiled.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS, SNAPSHOT_STAMP } from './node-command.mjs';

const SENTENCES = [
  '“We are ready to talk,” Vladimir Putin told reporters on Tuesday in Moscow.',
  'The Russian president said that the sanctions had failed, according to a Kremlin spokesman.',
  'Officials from the European Union and the United Nations denied the reports.',
];

if (process.argv[2] === '--child') {
  const { loadTagger, TAGGER_CACHE } = await import('../dist/nlp.js');
  const { nlp, script } = loadTagger();
  for (const sentence of SENTENCES) nlp(sentence);
  nlp.model();
  writeFileSync(TAGGER_CACHE, script.createCachedData());
} else {
  const install = process.argv[2] === '--install';
  if (install && existsSync(new URL('../src/', import.meta.url))) process.exit(0);
  const say = (what) => console.error(`quotes ${install ? 'install' : 'build'}: ${what}`);
  const failed = (what) => {
    say(what);
    process.exit(install ? 0 : 1);
  };
  const child = spawnSync(process.execPath, [...NODE_FLAGS, fileURLToPath(import.meta.url), '--child'], { stdio: 'inherit' });
  if (child.status !== 0) failed(`no code cache of the tagger (exited ${child.status ?? child.signal}); it is compiled at each start`);
  const blob = fileURLToPath(new URL('../dist/cli.blob', import.meta.url));
  const stamp = `${blob}.stamp`;
  // no stamp, no blob in use, while it is (re)built
  rmSync(stamp, { force: true });
  const args = [
    ...NODE_FLAGS,
    '--snapshot-blob', blob,
    '--build-snapshot', fileURLToPath(new URL('./snapshot-entry.cjs', import.meta.url)),
    createRequire(import.meta.url).resolve('compromise/two'),
    ...SENTENCES,
  ];
  const snapshot = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (snapshot.status === 0) writeFileSync(stamp, `${SNAPSHOT_STAMP}\n`);
  else {
    // the command still runs, without it: as slow to start as before
    rmSync(blob, { force: true });
    say(`no start-up snapshot (node --build-snapshot exited ${snapshot.status ?? snapshot.signal}); the command starts without one`);
  }
}
