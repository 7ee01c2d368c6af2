/**
 * Input paths: files as given, directories walked recursively in sorted order.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reasonOf } from './items.js';

export type PathEntry = { file: string } | { error: { path: string; reason: string } };

/**
 * The files a path stands for. Directory entries are visited in code-unit order of their names
 * (the same on every machine and locale); dot files and dot directories inside a directory are
 * skipped (`.DS_Store`, `.git`), a dot file named explicitly is read.
 */
export async function* expandPath(path: string): AsyncGenerator<PathEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { error: { path, reason: reasonOf(err) } };
    return;
  }
  if (info.isDirectory()) yield* walkDirectory(path);
  else yield { file: path };
}

async function* walkDirectory(dir: string): AsyncGenerator<PathEntry> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort(byCodeUnits);
  } catch (err) {
    yield { error: { path: dir, reason: reasonOf(err) } };
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      yield { error: { path: full, reason: reasonOf(err) } };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(full);
    else if (info.isFile()) yield { file: full };
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
