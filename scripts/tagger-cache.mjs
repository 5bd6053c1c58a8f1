// Part of `npm run build`: writes dist/tagger.cache, V8's code cache of the
// NLP tagger (see TAGGER_CACHE in src/nlp.ts). V8 takes a cache only from a
// process with the same flags, so the cache is made in a child run with the
// launcher's flags. The tagger tags a few sentences first, so that the
// functions a parse runs are in the cache too, not only the loading code.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from './node-command.mjs';

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
  const child = spawnSync(process.execPath, [...NODE_FLAGS, fileURLToPath(import.meta.url), '--child'], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
