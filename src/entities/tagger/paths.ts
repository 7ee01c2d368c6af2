/** Locating the package's data/ folder from compiled (dist/src/…) and source (src/…) code alike. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `start` that holds a package.json. */
export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

/** The committed NER weights of this package. */
export function defaultWeightsPath(): string {
  const root = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return join(root, 'data', 'ner', 'weights.json.gz');
}
