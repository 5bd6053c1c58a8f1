/**
 * Nothing in the input is ever executed, required or fetched, and there is no
 * network access at all (issue #9). Node 20 has no switch that forbids the
 * network to a process, so this is a static check of the sources (no module
 * that runs programs, evaluates code or opens connections; every require or
 * import names the project's own modules or its dependencies, never a value
 * from the input), and a run over pages whose scripts and handlers would leave
 * a trace if they ran.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/index.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));

const FORBIDDEN: [string, RegExp][] = [
  ['a module that runs programs', /\bchild_process\b|\bnode:cluster\b/],
  ['code evaluated from a string', /\beval\s*\(|\bnew\s+Function\b|\bnode:vm\b|\bvm\.run/],
  ['a network request', /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/],
];

describe('nothing in the input is executed, required or fetched', () => {
  it('the sources hold no module that runs programs, evaluates strings or opens connections', () => {
    expect(sources.length).toBeGreaterThan(20);
    const found = sources.flatMap(({ file, text }) => FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file}: ${what}`));
    // nlp.ts compiles the tagger's own file with node:vm, as require() would, to give V8 a code cache
    expect(found).toEqual(['nlp.ts: code evaluated from a string']);
  });

  it('the one string compiled as code is the tagger dependency’s own file', () => {
    const nlp = sources.find((s) => s.file === 'nlp.ts')!.text;
    const compiled = [...nlp.matchAll(/new Script\(([^,]+),/g)].map((m) => m[1]);
    expect(compiled).toEqual(['source']);
    expect(nlp).toMatch(/const path = require\.resolve\('compromise\/two'\);\n\s*const source = `\(function \(exports, require, module, __filename, __dirname\) \{\$\{readFileSync\(path, 'utf8'\)\}\\n\}\)`;/);
    expect(nlp.match(/runInThisContext|new Script|\bvm\./g)).toEqual(['new Script', 'runInThisContext']);
  });

  it('the checks can fail: each pattern catches what it names', () => {
    const samples = ["import { spawn } from 'node:child_process';", 'eval(text)', "await fetch('https://x')", "import http from 'node:http';", 'new Function(body)'];
    for (const sample of samples) expect(FORBIDDEN.some(([, pattern]) => pattern.test(sample)), sample).toBe(true);
  });

  it('every require and dynamic import loads a named module or the program’s own file, never a value from the input', () => {
    const loads = sources.flatMap(({ file, text }) => [...text.matchAll(/\b(?:require|import)\(\s*([^)'"`][^)]*)\)/g)].map((m) => `${file}: ${m[1]}`));
    // lazy.ts loads the dependencies it names (load('linkedom')); the pool loads the runner module the command names by its URL
    expect(loads.sort()).toEqual(['batch/pool.ts: options.runner.href', 'batch/worker.ts: runner', 'lazy.ts: name']);
    expect(readFileSync(join(SRC, 'lazy.ts'), 'utf8')).not.toMatch(/load\((?!'|name: string)/);
  });

  it('scripts, handlers and links in a page never run or load', () => {
    const trace = globalThis as { __quotesRan?: boolean };
    const page = `<!doctype html><html><head><script>globalThis.__quotesRan = true</script><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/"></head>
      <body onload="globalThis.__quotesRan = true"><article><p>“We are ready,” Putin said.</p><img src="http://127.0.0.1:9/x.png" onerror="globalThis.__quotesRan = true">
      <iframe src="http://127.0.0.1:9/"></iframe><script src="http://127.0.0.1:9/a.js"></script></article></body></html>`;
    const result = extractQuotes(page, { format: 'html' });
    expect(result.quotes.map((q) => q.text)).toEqual(['We are ready,']);
    expect(extractQuotes(`[x](javascript:globalThis.__quotesRan=true)\n\n<script>globalThis.__quotesRan = true</script>\n\n“We are ready,” Putin said.`, { format: 'markdown' }).quotes).toHaveLength(1);
    expect(trace.__quotesRan).toBeUndefined();
  });
});
