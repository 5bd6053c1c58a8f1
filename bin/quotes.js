#!/usr/bin/env node
// Thin launcher: all behaviour lives in the compiled CLI module.
import { setFlagsFromString } from 'node:v8';
// The pipeline's grammar is a few very large regular expressions, used through
// matchAll (which clones them). With V8's regexp tier-up each clone is first
// run in the bytecode interpreter; compiling straight to native code is 3x
// faster on news text (npm run bench). It changes no result.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');
main(process.argv);
