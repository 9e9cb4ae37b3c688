import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The pipeline's stages in order: a stage imports only itself, earlier stages, core and lexicon.
const stages = ['core', 'lexicon', 'sentences', 'read', 'filing', 'instructions', 'resolve', 'apply', 'align', 'offer', 'redline', 'render'];
const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1] as string);
  return specs.map((spec) => normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
}

const stageOf = (file: string): string => file.split('/')[1] ?? '';

describe('the layout', () => {
  const engine = sources('engine');

  it('has one folder per stage, and only the public API and the shared types at the top', () => {
    const top = readdirSync(join(root, 'engine')).filter((name) => name.endsWith('.ts')).sort();
    expect(top).toEqual(['index.ts', 'types.ts']);
    const folders = readdirSync(join(root, 'engine'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...folders].sort()).toEqual([...stages].sort());
  });

  it('imports only from the same stage, an earlier one, core or lexicon', () => {
    const backwards: string[] = [];
    for (const file of engine) {
      const from = stageOf(file);
      if (from.endsWith('.ts')) continue; // index.ts re-exports every stage
      for (const target of importsOf(file)) {
        if (!target.startsWith('engine/')) backwards.push(`${file} -> ${target} (outside engine/)`);
        const to = stageOf(target);
        if (to.endsWith('.ts')) continue; // types.ts
        if (stages.indexOf(to) > stages.indexOf(from)) backwards.push(`${file} -> ${target}`);
      }
    }
    expect(backwards).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(engine.map((file) => [file, importsOf(file).filter((t) => t !== 'engine/types.ts')]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of engine) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('lets cli/ use the public API only', () => {
    const reaches = sources('cli').flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('engine/') && target !== 'engine/index.ts')
        .map((target) => `${relative(root, join(root, file))} -> ${target}`),
    );
    expect(reaches).toEqual([]);
  });
});
