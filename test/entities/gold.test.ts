/**
 * The entity stage against the dev gold of ../shared (skipped when it is absent): records built
 * from the gold texts with the gold headline and body lines as regions, scored by the shared
 * scorer's `docs` mode. The floor sits just under the measured F1 so that a regression shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { buildEntityResources, findEntities } from '../../src/entities/index.js';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const GOLD = join(SHARED, 'gold/dev.jsonl');
const SCORER = join(SHARED, 'tools/score.mjs');

/** Floors measured with the gazetteer of data/gazetteer (see the report of the entity stage). */
const FLOOR = { all: 0.96, PER: 0.97, ORG: 0.93, LOC: 0.96 };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, g: string) => {
    if (g[0] === '#')
      return String.fromCodePoint(
        g[1] === 'x' || g[1] === 'X' ? parseInt(g.slice(2), 16) : parseInt(g.slice(1), 10),
      );
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[
      g.toLowerCase()
    ]!;
  });
}

/** The record text of CONTRACT.md: plain text as it is; SGML title + "\n\n" + text with <P> as line breaks. */
function recordText(file: string): string {
  const raw = readFileSync(join(SHARED, file), 'utf8').replace(/^\uFEFF/, '');
  if (!raw.includes('<DOC')) return raw;
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(raw)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '';
  return decodeEntities(title).trim() + '\n\n' + decodeEntities(body.replace(/<\/?P>/gi, '\n')).trim();
}

test('entities on the dev gold', { skip: !existsSync(GOLD) || !existsSync(SCORER) }, () => {
  const res = buildEntityResources(loadGazetteer());
  const out: string[] = [];
  for (const line of readFileSync(GOLD, 'utf8').trim().split('\n')) {
    const g = JSON.parse(line) as {
      id: string;
      file: string;
      published: string | null;
      lines: { start: number; end: number; label: string }[];
    };
    const text = recordText(g.file);
    const regions = g.lines
      .filter((l) => l.label === 'headline' || l.label === 'body')
      .map((l) => ({ start: l.start, end: l.end }));
    out.push(
      JSON.stringify({
        id: g.id,
        text,
        entities: findEntities(text, regions, res, { published: g.published }),
      }),
    );
  }
  const pred = join(mkdtempSync(join(tmpdir(), 'rasd-ent-')), 'pred.jsonl');
  writeFileSync(pred, out.join('\n') + '\n');
  const report = JSON.parse(
    execFileSync(process.execPath, [realpathSync(SCORER), 'docs', '--gold', GOLD, '--pred', pred, '--json'], {
      encoding: 'utf8',
    }),
  );
  assert.equal(report.text_mismatch.count, 0, 'record texts must match the gold texts');
  const e = report.entities;
  assert.ok(e.all.f1 >= FLOOR.all, `entities.all F1 ${e.all.f1}`);
  assert.ok(e.PER.f1 >= FLOOR.PER, `entities.PER F1 ${e.PER.f1}`);
  assert.ok(e.ORG.f1 >= FLOOR.ORG, `entities.ORG F1 ${e.ORG.f1}`);
  assert.ok(e.LOC.f1 >= FLOOR.LOC, `entities.LOC F1 ${e.LOC.f1}`);
});
