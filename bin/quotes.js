#!/bin/sh
":" //; env=MALLOC_MMAP_THRESHOLD_=131072 flags='--no-regexp-tier-up --max-semi-space-size=4 --heap-growing-percent=20'
":" //; self=$(readlink -f -- "$0" 2>/dev/null) || self=$0; blob=${self%/*}/../dist/cli.blob; stamp=
":" //; case "$#:$1" in 1:--version | 1:-V) ;; *) [ -z "$NODE_OPTIONS" ] && [ -r "$blob" ] && { read -r stamp < "$blob.stamp"; } 2>/dev/null ;; esac
":" //; if [ -n "$stamp" ] && [ "$stamp" = "$(node --version) $flags" ]; then set -- --snapshot-blob "$blob" -- "$self" "$@"; else set -- "$self" "$@"; fi
":" //; export "$env"; exec node $flags "$@"
// The launcher: a shell script and an ES module at once. The shell reads the
// lines above (each starts with the no-op command ":"; JavaScript sees a string
// and a comment) and starts Node with the flags below; Node then runs the rest
// as JavaScript, which loads the compiled CLI module. `node bin/quotes.js`
// skips the shell part (no flags, no snapshot) and works the same.
//
// The start-up snapshot, dist/cli.blob (see scripts/snapshot-entry.cjs): a heap
// with the NLP tagger already loaded, which saves about 200 ms of every run.
// V8 takes a snapshot only from the Node and the flags that made it (it exits
// with status 14 otherwise), so `npm run build` writes beside it a stamp, Node's
// version and the flags, and the shell uses the blob only when the stamp is
// what `node --version` and $flags give now and NODE_OPTIONS adds no flags;
// else Node starts as usual. `quotes --version` does not use it: deserializing
// the 8 MB heap takes longer than the plain start that prints the version.
//
// The flags and the variable (read by scripts/node-command.mjs too: one place
// for them):
// --no-regexp-tier-up: the grammar's very large patterns, cloned by matchAll,
// were first run in V8's bytecode interpreter; compiling them straight to
// native code is about 3x faster on news text and changes no result. It is
// given on the command line (here, for the installed command) because V8
// flags changed after start-up are unsafe with worker threads.
// --max-semi-space-size=4: a young generation of 4 MB per semi-space, not 16:
// peak RSS of the 2,000-article bench folder 285 -> 241 MiB (--jobs 2) and
// 176 -> 154 MiB (--jobs 1), of the 10 MB article 486 -> 378 MiB, with no
// loss of speed measurable on this machine (2026-12-02, three rounds each;
// at 2 MB, 15 MiB less again but slower).
// --heap-growing-percent=20: the old generation may grow to 1.2 times what
// survived a full collection before the next one, not up to 4 times: the
// 2,000-article folder 202 -> 180-184 MiB (--jobs 2), PolNeAR train 143-152
// -> 135 MiB, the 10 MB article 353-412 -> 344-351 MiB; PolNeAR train as
// fast (7.5-8.2 s against 7.3-8.1 s, three rounds), the 10 MB article about
// 8% slower (medians of 4: 17.0 -> 18.3 s), from more full collections,
// and one article 0.63 -> 0.655 s (medians of 6; 3 full collections, not 1)
// (2026-12-02).
// MALLOC_MMAP_THRESHOLD_=131072 (glibc; other C libraries ignore it): memory
// blocks of 128 KiB or more are always mapped on their own and given back
// when freed. By default glibc raises that threshold to the largest mapped
// block freed so far (the 20 MB that decoding a 10 MB file takes, a regular
// expression's 1 MB assembler buffer), and from then on keeps blocks of up
// to that size in its heap, which stays fragmented and is not returned.
// Peak RSS, three interleaved runs each: the 10 MB article 206-207 -> 191 MiB,
// the 2,000-article folder (--jobs 2) 175-177 -> 165-166 MiB, PolNeAR train
// (--records --jobs 1) 132-139 -> 122-126 MiB; times the same within the
// noise (medians 19.2 / 5.9 / 9.4 s against 18.3 / 6.1 / 9.2 s) (2026-12-02).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // what commander prints for it, without loading the command line's modules (half the time of a bare
  // `quotes --version`, which scripts call to check the install)
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  main(process.argv);
}
