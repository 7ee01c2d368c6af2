/** Runs the rasd CLI from source (no build needed) and captures its output. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(REPO, '..', 'shared');
export const HAVE_SHARED = existsSync(join(SHARED, 'gold', 'dev.jsonl'));
const MAIN = join(REPO, 'src', 'cli', 'main.ts');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function rasd(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, RASD_DB: '' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export const jsonl = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
