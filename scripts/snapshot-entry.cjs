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
 * is given the paths it needs: `node --build-snapshot snapshot-entry.cjs
 * TAGGER MAIN SENTENCE…` (MAIN: dist/cli/main.js).
 */
// @ts-check
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');

/** Where src/nlp.ts finds the tagger the snapshot holds. */
const TAGGER = Symbol.for('quotes.tagger');

const [taggerPath, mainPath, ...sentences] = process.argv.slice(2);
if (!taggerPath || !mainPath || !v8.startupSnapshot.isBuildingSnapshot()) {
  throw new Error('usage: node --snapshot-blob BLOB --build-snapshot snapshot-entry.cjs TAGGER MAIN SENTENCE…');
}

// compromise/two, run as src/nlp.ts runs it (as Node runs a one-file CommonJS module)
const tagger = { exports: {} };
// (a Function, not node:vm, which Node does not yet vouch for in a snapshot)
new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(taggerPath, 'utf8'))(tagger.exports, require, tagger, taggerPath, path.dirname(taggerPath));
for (const sentence of sentences) tagger.exports(sentence);
tagger.exports.model();
globalThis[TAGGER] = tagger.exports;

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // the launcher ran `node --snapshot-blob BLOB -- bin/quotes.js ARGS…`: process.argv is what a plain start has
  const { createRequire } = require('node:module');
  const cli = createRequire(mainPath)(mainPath);
  void cli.main(process.argv);
});
