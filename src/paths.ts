/** Where the package's own files (data/, samples/) are, from src/ under tsx or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The nearest folder at or above `start` that holds a package.json. */
export function packageRootAbove(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`rasd: cannot find a package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** rasd's own package folder (the one holding data/ and samples/). */
export function findPackageRoot(): string {
  cachedRoot ??= packageRootAbove(dirname(fileURLToPath(import.meta.url)));
  return cachedRoot;
}

/** A path under the package's data/ folder. */
export function dataPath(...parts: string[]): string {
  return join(findPackageRoot(), 'data', ...parts);
}
