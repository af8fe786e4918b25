/**
 * What the main thread's code may pull in. Validation (zod, and every schema built with it)
 * runs in the load worker only: on the main thread it would cost the first view about 60 KB
 * gzip of library code (issue 23: the first view under 800 KB) and the time to run it. This
 * walks the static imports from the app's entry (type-only imports, dynamic import() and
 * worker URLs are not part of the first view's code) and names the chain to any module that
 * must stay off it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');
const ENTRY = join(SRC, 'app', 'main.tsx');

/** The module specifiers a file imports for its values (not `import type`, not dynamic). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // import x from '…'; import { a, type B } from '…'; export { a } from '…'; export * from '…'; import '…'
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of code.matchAll(re)) {
    const [, kw, typeOnly, clause = '', spec = ''] = m;
    if (typeOnly) continue;
    if (kw === 'export' && !/^(\*|\{)/.test(clause.trim())) continue; // export const … = '…'
    // import { type A, type B } from '…' imports no value
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    if (braces && braces[1]!.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    out.push(spec);
  }
  return out;
}

function resolveSpec(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return spec.split('?')[0]!; // a package (or a ?url asset of one)
  const base = resolve(dirname(from), spec.split('?')[0]!);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(p) && /\.tsx?$/.test(p)) return p;
  return null; // css, svg: not code
}

/** Every module reachable from the entry, with the chain that reaches it. */
function graph(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (!file.startsWith('/')) continue;
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const to = resolveSpec(file, spec);
      if (!to || chains.has(to) || spec.includes('?')) continue; // ?url: a file's address, not its code
      chains.set(to, [...chains.get(file)!, to]);
      todo.push(to);
    }
  }
  return chains;
}

describe('the main thread’s code', () => {
  it('reads imports as the bundler does: values yes, types and dynamic imports no', () => {
    const code = [
      "import { z } from 'zod';",
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "import { D, type E } from './d';",
      "export { F } from './f';",
      "export * from './g';",
      "import './styles.css';",
      "const w = new Worker(new URL('./w.ts', import.meta.url));",
      "const m = await import('./lazy');",
      "export const X = 'not-a-module';",
    ].join('\n');
    expect(staticImports(code)).toEqual(['zod', './d', './f', './g', './styles.css']);
  });

  it('does not include zod or the schemas (validation runs in the load worker)', () => {
    const chains = graph(ENTRY);
    const banned = [...chains.keys()].filter((m) => m === 'zod' || m.endsWith('/data/schema.ts') || m.endsWith('/data/validate.ts'));
    const show = (m: string) =>
      chains
        .get(m)!
        .map((f) => (f.startsWith('/') ? relative(SRC, f) : f))
        .join(' → ');
    expect(banned.map(show)).toEqual([]);
    // the walk did reach the app's code (a broken walk would pass the check above)
    expect(chains.size).toBeGreaterThan(50);
  });
});
