#!/usr/bin/env node
// Thin launcher: all behaviour lives in the compiled CLI module.
import { main } from '../dist/cli/main.js';
main(process.argv);
