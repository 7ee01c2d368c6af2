/** Where the package's own files (data/, samples/) are, from src/ under tsx or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(from);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`rasd: cannot find the package root above ${from}`);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** A path under the package's data/ folder. */
export function dataPath(...parts: string[]): string {
  return join(findPackageRoot(), 'data', ...parts);
}
