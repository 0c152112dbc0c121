// The layering rules docs/architecture.md describes, checked on the source itself: imports point one way, nothing imports in
// a circle, and no path leaves the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root })
  .toString()
  .split('\n')
  .filter((file) => file !== '' && existsSync(join(root, file)));
const codeFiles = tracked.filter((file) => /^(src|tests|bench|scripts)\/.*\.(ts|tsx|mts|mjs)$/.test(file));

const importPattern = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The repository files a module imports by relative path, resolved the way TypeScript would. */
function relativeImports(file: string): { specifier: string; target: string | null }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: { specifier: string; target: string | null }[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (!specifier.startsWith('.')) continue;
    const base = join(dirname(file), specifier);
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
    found.push({ specifier, target: candidates.find((candidate) => existsSync(join(root, candidate))) ?? null });
  }
  return found;
}

const graph = new Map(codeFiles.map((file) => [file, relativeImports(file)]));
const sourceEdges = (file: string) =>
  (graph.get(file) ?? []).flatMap(({ target }) => (target?.startsWith('src/') ? [target] : []));

function importCycles(): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (file: string, path: string[]) => {
    state.set(file, 'visiting');
    for (const next of sourceEdges(file)) {
      if (state.get(next) === 'visiting') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const file of codeFiles.filter((candidate) => candidate.startsWith('src/'))) {
    if (!state.has(file)) visit(file, [file]);
  }
  return cycles;
}

function importsFrom(files: (file: string) => boolean, into: (target: string) => boolean): string[] {
  return codeFiles.filter(files).flatMap((file) =>
    sourceEdges(file)
      .filter(into)
      .map((target) => `${file} → ${target}`),
  );
}

describe('import rules', () => {
  it('every relative import resolves to a file inside the repository', () => {
    const unresolved = [...graph].flatMap(([file, imports]) =>
      imports
        .filter(({ target }) => target === null || relative(root, join(root, target)).startsWith('..'))
        .map(({ specifier }) => `${file}: ${specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('nothing under src imports in a circle', () => {
    expect(importCycles()).toEqual([]);
  });

  it('src/shared imports no other side', () => {
    expect(
      importsFrom(
        (file) => file.startsWith('src/shared/'),
        (target) => !target.startsWith('src/shared/'),
      ),
    ).toEqual([]);
  });

  it('the renderer, preload and emulator never import main; main never imports the renderer', () => {
    const sides = (prefixes: string[]) => (file: string) => prefixes.some((prefix) => file.startsWith(prefix));
    expect(importsFrom(sides(['src/renderer/', 'src/preload/', 'src/emulator/']), sides(['src/main/']))).toEqual([]);
    expect(importsFrom(sides(['src/main/']), sides(['src/renderer/', 'src/preload/']))).toEqual([]);
  });

  it("only the composition roots reach into main's ipc/: use cases throw AgentFailure, ipc/ makes the envelope", () => {
    const roots = new Set(['src/main/index.ts', 'src/main/main-services.ts']);
    const isUseCase = (file: string) =>
      file.startsWith('src/main/') && !file.startsWith('src/main/ipc/') && !roots.has(file);
    expect(importsFrom(isUseCase, (target) => target.startsWith('src/main/ipc/'))).toEqual([]);
  });

  it("the console's start never reaches the Circle-shaped emulator's throwaway certificate or browser switches", () => {
    const reached = new Set<string>();
    // A folder import (`../emulator`) is its index.ts.
    const asFile = (target: string) => (statSync(join(root, target)).isDirectory() ? `${target}/index.ts` : target);
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of sourceEdges(file)) visit(asFile(next));
    };
    visit('src/main/index.ts');
    expect(reached.has('src/emulator/create-emulator.ts')).toBe(true);
    const testOnly = [
      'src/emulator/circle-hosts/throwaway-certificate.ts',
      'src/emulator/circle-hosts/browser-flags.ts',
      'src/emulator/circle-hosts/circle-shaped-emulator.ts',
    ];
    expect(testOnly.filter((file) => reached.has(file))).toEqual([]);
  });

  it('no tracked file points at a path beside the repository', () => {
    const textFiles = tracked.filter((file) => /\.(ts|tsx|mts|mjs|json|md|yaml|yml|html|css)$|^\.ci\//.test(file));
    const outside = textFiles.filter((file) =>
      /\.\.\/shared\/(reference|ARCHITECTURE)/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(outside).toEqual([]);
  });
});
