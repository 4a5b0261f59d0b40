import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers' import rules (docs/architecture.md), read from the import lines
// themselves: the engine imports nothing outside itself and has no import
// cycle; quiz, progress and assign never import a widget; and between those
// three imports run one way (assign → quiz → progress).

const root = process.cwd();

interface Source {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** Every module a source names: static and dynamic imports, re-exports, side-effect imports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1]);
  return found;
}

/** Where an import points, from the repository root ("src/engine/matrix.ts"), or null for a package. */
function target(from: string, spec: string): string | null {
  if (spec.startsWith('~/')) return posix.join('src', spec.slice(2));
  if (!spec.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(from), spec));
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** Which folders a folder must not import, and why. */
const forbidden: { from: string; to: string; rule: string }[] = [
  ...['src/quiz', 'src/progress', 'src/assign'].map((from) => ({
    from,
    to: 'src/widgets',
    rule: 'quiz, progress and assign never import a widget',
  })),
  { from: 'src/progress', to: 'src/quiz', rule: 'progress never imports quiz' },
  { from: 'src/progress', to: 'src/assign', rule: 'progress never imports assign' },
  { from: 'src/quiz', to: 'src/assign', rule: 'quiz never imports assign' },
];

/** Whether a file on disk imports Preact (a hook or a component rather than a pure model). */
const usesPreact = (path: string) => {
  try {
    return specifiers(readFileSync(resolve(root, path), 'utf8')).some((s) =>
      /^preact(\/|$)/.test(s),
    );
  } catch {
    return false;
  }
};

/**
 * The one allowed crossing: a widget-task check (src/quiz/checks/) may import a widget's pure
 * model, a `.ts` file under src/widgets that does not use Preact, to recompute a result.
 */
const modelForCheck = (from: string, to: string) =>
  inside(from, 'src/quiz/checks') &&
  inside(to, 'src/widgets') &&
  to.endsWith('.ts') &&
  !usesPreact(to);

/** Every broken rule, as "file: import 'x' (rule)". */
function violations(sources: Source[]): string[] {
  const out: string[] = [];
  for (const { path, text } of sources) {
    for (const spec of specifiers(text)) {
      const to = target(path, spec);
      if (inside(path, 'src/engine') && (to === null || !inside(to, 'src/engine'))) {
        out.push(`${path}: import '${spec}' (the engine imports nothing outside itself)`);
        continue;
      }
      if (to === null || modelForCheck(path, to)) continue;
      for (const f of forbidden) {
        if (inside(path, f.from) && inside(to, f.to))
          out.push(`${path}: import '${spec}' (${f.rule})`);
      }
    }
  }
  return out;
}

/** An import cycle among the sources, as a list of paths, or null. */
function findCycle(sources: Source[]): string[] | null {
  const edges = new Map(
    sources.map(({ path, text }) => [
      path,
      specifiers(text)
        .map((s) => target(path, s))
        .filter((t): t is string => t !== null && sources.some((x) => x.path === t)),
    ]),
  );
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (p: string): string[] | null => {
    if (state.get(p) === 'done') return null;
    if (state.get(p) === 'open') return [...stack.slice(stack.indexOf(p)), p];
    state.set(p, 'open');
    stack.push(p);
    for (const q of edges.get(p) ?? []) {
      const c = visit(q);
      if (c) return c;
    }
    stack.pop();
    state.set(p, 'done');
    return null;
  };
  for (const p of edges.keys()) {
    const c = visit(p);
    if (c) return c;
  }
  return null;
}

function read(folder: string): Source[] {
  const out: Source[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx|mts|mjs|js|astro)$/.test(name)) {
        out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(resolve(root, folder));
  return out;
}

describe('the import scanner', () => {
  it('finds each kind of import line and resolves it from the importing file', () => {
    const text = [
      "import { a } from '../widgets/x/y.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '~/assign/c.ts';",
      "const m = await import('../quiz/m.ts');",
      "import 'preact';",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(
      ['../widgets/x/y.ts', './b.ts', '~/assign/c.ts', '../quiz/m.ts', 'preact'].sort(),
    );
    expect(target('src/progress/ui/N.tsx', '../../quiz/strings.ts')).toBe('src/quiz/strings.ts');
    expect(target('src/progress/x.ts', 'nanostores')).toBeNull();
  });

  it('names the file and the import for each broken rule', () => {
    expect(
      violations([
        { path: 'src/progress/ui/N.tsx', text: "import { t } from '../../quiz/strings.ts';" },
        { path: 'src/quiz/Poll.tsx', text: "import { s } from '../progress/store.ts';" },
        { path: 'src/quiz/x.ts', text: "import('../assign/y.ts');" },
        { path: 'src/assign/z.ts', text: "import { w } from '~/widgets/shared/plot.ts';" },
        { path: 'src/engine/m.ts', text: "import { atom } from 'nanostores';" },
        { path: 'src/engine/n.ts', text: "import { f } from '../course/number.ts';" },
        { path: 'src/engine/o.ts', text: "import { Matrix } from './matrix.ts';" },
        {
          path: 'src/quiz/checks/d.ts',
          text: "import { run } from '../../widgets/descent/descent.ts';",
        },
        { path: 'src/quiz/checks/e.ts', text: "import V from '../../widgets/descent/View.tsx';" },
        {
          path: 'src/quiz/checks/f.ts',
          text: "import { u } from '../../widgets/shared/use-train-both.ts';",
        },
      ]),
    ).toEqual([
      "src/progress/ui/N.tsx: import '../../quiz/strings.ts' (progress never imports quiz)",
      "src/quiz/x.ts: import '../assign/y.ts' (quiz never imports assign)",
      "src/assign/z.ts: import '~/widgets/shared/plot.ts' (quiz, progress and assign never import a widget)",
      "src/engine/m.ts: import 'nanostores' (the engine imports nothing outside itself)",
      "src/engine/n.ts: import '../course/number.ts' (the engine imports nothing outside itself)",
      "src/quiz/checks/e.ts: import '../../widgets/descent/View.tsx' (quiz, progress and assign never import a widget)",
      "src/quiz/checks/f.ts: import '../../widgets/shared/use-train-both.ts' (quiz, progress and assign never import a widget)",
    ]);
  });

  it('finds an import cycle', () => {
    const cycle = findCycle([
      { path: 'src/engine/a.ts', text: "import { b } from './b.ts';" },
      { path: 'src/engine/b.ts', text: "import type { C } from './c.ts';" },
      { path: 'src/engine/c.ts', text: "import { a } from './a.ts';" },
    ]);
    expect(cycle).toEqual([
      'src/engine/a.ts',
      'src/engine/b.ts',
      'src/engine/c.ts',
      'src/engine/a.ts',
    ]);
  });
});

describe('the layers', () => {
  const sources = ['src/engine', 'src/quiz', 'src/progress', 'src/assign'].flatMap(read);

  it('scans a real tree', () => {
    for (const folder of ['src/engine/', 'src/quiz/', 'src/progress/', 'src/assign/']) {
      expect(
        sources.some((s) => s.path.startsWith(folder)),
        folder,
      ).toBe(true);
    }
  });

  it('keep their import rules', () => {
    expect(violations(sources)).toEqual([]);
  });

  it('have no import cycle inside the engine', () => {
    expect(findCycle(sources.filter((s) => inside(s.path, 'src/engine')))).toBeNull();
  });
});
