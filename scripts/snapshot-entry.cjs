/**
 * The entry of the command's V8 start-up snapshot (dist/cli.blob, built by
 * `npm run build`: scripts/snapshot.mjs). Node runs it once, at build time,
 * and saves the heap it leaves: the NLP tagger loaded, its lexicon built and
 * a few sentences tagged, which a plain start spends about 200 ms on. The
 * launcher (bin/quotes.js) starts Node from that heap when the blob was made
 * by the same Node, and this file's main function then runs the command.
 *
 * A snapshot holds no ES module and the builder loads no module of ours, so
 * this is a CommonJS script (not TypeScript: the builder has no `exports`
 * for a compiled module to mark) that requires only Node's own modules, and
 * is given the tagger's path: `node --build-snapshot snapshot-entry.cjs
 * TAGGER SENTENCE…`. Nothing in the heap names a path of the package: the
 * main function finds the CLI from the launcher's path, so a package moved or
 * copied runs its own code; and it drops the tagger it holds when the
 * package's tagger file is no longer the one it was loaded from (compromise
 * updated without a rebuild), so that src/nlp.ts loads that file instead.
 */
// @ts-check
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');

/** Where src/nlp.ts finds the tagger the snapshot holds. */
const TAGGER = Symbol.for('quotes.tagger');

const [taggerPath, ...sentences] = process.argv.slice(2);
if (!taggerPath || !v8.startupSnapshot.isBuildingSnapshot()) {
  throw new Error('usage: node --snapshot-blob BLOB --build-snapshot snapshot-entry.cjs TAGGER SENTENCE…');
}

/** What tells one tagger file from another (about 1 ms for its 0.4 MB). */
const digest = (source) => crypto.createHash('sha256').update(source).digest('hex');
const taggerSource = fs.readFileSync(taggerPath, 'utf8');
const taggerDigest = digest(taggerSource);

// compromise/two, run as src/nlp.ts runs it (as Node runs a one-file CommonJS module)
const tagger = { exports: {} };
// (a Function, not node:vm, which Node does not yet vouch for in a snapshot)
new Function('exports', 'require', 'module', '__filename', '__dirname', taggerSource)(tagger.exports, require, tagger, taggerPath, path.dirname(taggerPath));
for (const sentence of sentences) tagger.exports(sentence);
tagger.exports.model();
globalThis[TAGGER] = tagger.exports;

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // the launcher ran `node --snapshot-blob BLOB -- …/bin/quotes.js ARGS…`: process.argv is what a plain start has
  const { createRequire } = require('node:module');
  // the launcher's path as given (relative where readlink -f failed), made absolute as a plain start makes it
  process.argv[1] = path.resolve(process.argv[1]);
  const mainPath = path.join(path.dirname(process.argv[1]), '..', 'dist', 'cli', 'main.js');
  const load = createRequire(mainPath);
  if (digest(fs.readFileSync(load.resolve('compromise/two'), 'utf8')) !== taggerDigest) delete globalThis[TAGGER];
  void load(mainPath).main(process.argv);
});
