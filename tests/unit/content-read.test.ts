/** The loader's first step, reading: folders → files with their path, frontmatter and body; layout and YAML problems. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentTree, readFolder, relative } from '../../src/lib/content/read';
import type { ContentProblem } from '../../src/lib/content/errors';

const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a tree of files (path → text) under a fresh folder and returns it. */
function tree(name: string, files: Record<string, string>): string {
  const root = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const page = (yaml: string, body = 'Body.') => `---\n${yaml}\n---\n${body}\n`;

describe('readFolder', () => {
  test('reads each locale file: its path relative to the working directory, its frontmatter as YAML 1.2, its body trimmed', () => {
    const root = tree('folder', { 'en.md': page('name: "A"\nflag: yes', '\n  The body.  \n'), 'zh-TW.md': page('name: "乙"'), 'sub/en.md': page('x: 1') });
    const problems: ContentProblem[] = [];
    const folder = readFolder(root, problems);
    expect(problems).toEqual([]);
    expect(folder.name).toBe('folder');
    expect(folder.dir).toBe(relative(root));
    expect([...folder.files.keys()]).toEqual(['en', 'zh-TW']);
    expect(folder.files.get('en')).toEqual({ file: `${relative(root)}/en.md`, data: { name: 'A', flag: 'yes' }, body: 'The body.' });
  });

  test('reports a file not named after a locale, and marks a file whose YAML does not parse as unreadable', () => {
    const root = tree('strays', { 'en.md': page('a: 1\na: 2'), 'zh.md': page('a: 1'), 'notes.txt': 'x', 'zh-HK.md': page('a: 1') });
    const problems: ContentProblem[] = [];
    const folder = readFolder(root, problems);
    expect([...folder.files.keys()]).toEqual(['zh-HK']);
    expect([...folder.unreadable]).toEqual(['en']);
    expect(problems.map((p) => [p.file.split('/').pop(), p.message.slice(0, 32)])).toEqual([
      ['en.md', 'malformed YAML frontmatter at li'],
      ['notes.txt', 'unexpected file; content files a'],
      ['zh.md', 'unexpected file; content files a'],
    ]);
  });
});

describe('readContentTree', () => {
  test('groups providers, families and their variants, each in name order', () => {
    const root = tree('whole', {
      'providers/beta/en.md': page('a: 1'),
      'providers/alpha/en.md': page('a: 1'),
      'models/fam/en.md': page('a: 1'),
      'models/fam/v2/en.md': page('a: 1'),
      'models/fam/v1/en.md': page('a: 1'),
    });
    const problems: ContentProblem[] = [];
    const read = readContentTree(root, problems);
    expect(problems).toEqual([]);
    expect(read?.providers.map((p) => p.name)).toEqual(['alpha', 'beta']);
    expect(read?.families.map((f) => [f.name, f.subfolders, f.variants.map((v) => v.name)])).toEqual([['fam', ['v1', 'v2'], ['v1', 'v2']]]);
  });

  test('reports folders whose names cannot be ids or URL segments, and a stray file, without reading them', () => {
    const root = tree('names', {
      'providers/Bad_Id/en.md': page('a: 1'),
      'providers/readme.md': 'x',
      'models/page/en.md': page('a: 1'),
      'models/fam/en.md': page('a: 1'),
      'models/fam/V1/en.md': page('a: 1'),
      'models/notes.md': 'x',
    });
    const problems: ContentProblem[] = [];
    const read = readContentTree(root, problems);
    expect(read?.providers).toEqual([]);
    expect(read?.families.map((f) => f.name)).toEqual(['fam']);
    // A badly named variant folder is still a sub-folder (variantOrder must list it) but is not read.
    expect(read?.families[0]?.subfolders).toEqual(['V1']);
    expect(read?.families[0]?.variants).toEqual([]);
    expect(problems.map((p) => `${p.file.slice(relative(root).length + 1)}: ${p.message.split(/[:;,]/)[0]}`)).toEqual([
      'providers/Bad_Id: a provider folder is its id',
      'providers/readme.md: unexpected file',
      'models/fam/V1: a variant folder is its URL slug',
      'models/notes.md: unexpected file',
      'models/page: a family folder is its URL slug',
    ]);
  });

  test('a tree without models/ is one problem and nothing read; without providers/ it is read and reported', () => {
    const problems: ContentProblem[] = [];
    expect(readContentTree(tree('empty', { 'providers/x/en.md': page('a: 1') }), problems)).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['content folder not found: expected content/models/<family>/<locale>.md']);
    const more: ContentProblem[] = [];
    expect(readContentTree(tree('no-providers', { 'models/fam/en.md': page('a: 1') }), more)?.families).toHaveLength(1);
    expect(more.map((p) => p.message)).toEqual([expect.stringMatching(/^providers folder not found/)]);
  });
});
