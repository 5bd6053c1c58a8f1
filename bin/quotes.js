#!/usr/bin/env -S node --no-regexp-tier-up
// Thin launcher: all behaviour lives in the compiled CLI module.
// --no-regexp-tier-up: the grammar's very large patterns, cloned by matchAll,
// were first run in V8's bytecode interpreter; compiling them straight to
// native code is about 3x faster on news text and changes no result. It is
// given on the command line (here, for the installed command) because V8
// flags changed after start-up are unsafe with worker threads.
import { main } from '../dist/cli/main.js';
main(process.argv);
