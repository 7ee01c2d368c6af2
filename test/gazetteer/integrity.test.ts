import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadGazetteer,
  defaultGazetteerDir,
  entryNames,
  ENTRY_HEADER,
  ENTITY_TYPES,
  SECTORS,
  NON_STATE_CODES,
  dateLow,
} from '../../src/entities/gazetteer.js';
import { normalize } from '../../src/text/normalize.js';

const dir = defaultGazetteerDir();
const t0 = performance.now();
const g = loadGazetteer();
const loadMs = performance.now() - t0;

const iso3 = new Set(
  readFileSync(join(dir, 'iso3166.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[1]!),
);
const validCode = (c: string): boolean => iso3.has(c) || NON_STATE_CODES.includes(c);
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID_RE = /^(per|org|loc):[a-z0-9]+(_[a-z0-9]+)*$/;
const PREFIX: Record<string, string> = { PER: 'per', ORG: 'org', LOC: 'loc' };

test('loads fast and finds the files', () => {
  assert.ok(loadMs < 200, `loaded in ${loadMs.toFixed(0)} ms`);
  assert.ok(g.entries.length > 2000, `${g.entries.length} entries`);
  for (const f of ['countries.tsv', 'places.tsv', 'people.tsv', 'orgs.tsv']) {
    assert.ok(
      g.entries.some((e) => e.file === f),
      f,
    );
  }
  assert.equal(loadGazetteer(), g, 'cached');
});

test('ISO list is complete', () => {
  assert.ok(iso3.size >= 249);
  for (const c of ['IRQ', 'IRN', 'SYR', 'USA', 'GBR', 'FRA', 'PSE', 'ISR', 'TUR', 'RUS'])
    assert.ok(iso3.has(c), c);
});

test('every entry file has the fixed header and the right column count', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv'))) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    const header = lines[0]!.split('\t');
    if (header[0] !== 'id' || header[1] !== 'type') continue;
    assert.deepEqual(header, [...ENTRY_HEADER], f);
    lines.slice(1).forEach((l, i) => {
      if (l === '' || l.startsWith('#')) return;
      assert.equal(l.split('\t').length, ENTRY_HEADER.length, `${f}:${i + 2}: ${l}`);
    });
  }
});

test('ids, types, names, codes, sectors', () => {
  const errors: string[] = [];
  for (const e of g.entries) {
    const w = `${e.file} ${e.id}`;
    if (!ID_RE.test(e.id)) errors.push(`${w}: bad id`);
    if (!ENTITY_TYPES.includes(e.type)) errors.push(`${w}: bad type`);
    if (e.id.split(':')[0] !== PREFIX[e.type]) errors.push(`${w}: prefix does not match ${e.type}`);
    if (!e.ar || !/[\u0600-\u06ff]/.test(e.ar)) errors.push(`${w}: no Arabic name`);
    if (!e.en) errors.push(`${w}: no English name`);
    if (e.code !== null && !validCode(e.code)) errors.push(`${w}: bad code ${e.code}`);
    if (e.sector !== null && !SECTORS.includes(e.sector)) errors.push(`${w}: bad sector`);
    for (const a of e.aliases) if (a !== a.trim() || a === '') errors.push(`${w}: empty or padded alias`);
    if (e.from && !DATE_RE.test(e.from)) errors.push(`${w}: bad from ${e.from}`);
    if (e.to && !DATE_RE.test(e.to)) errors.push(`${w}: bad to ${e.to}`);
    if (e.from && e.to && dateLow(e.from) > dateLow(e.to)) errors.push(`${w}: from after to`);
    if ((e.from || e.to) && !e.office) errors.push(`${w}: dates without office`);
  }
  assert.deepEqual(errors, []);
});

test('every country has a LOC entry with its code', () => {
  const countries = g.entries.filter((e) => e.file === 'countries.tsv');
  assert.equal(new Set(countries.map((e) => e.code)).size, countries.length);
  for (const c of iso3)
    assert.ok(
      countries.some((e) => e.code === c),
      c,
    );
});

test('no name claimed by two entries of one type unless ambiguous.tsv rules it', () => {
  const claims = new Map<string, Set<string>>();
  for (const e of g.entries) {
    for (const n of entryNames(e)) {
      const k = e.type + ' ' + normalize(n);
      let s = claims.get(k);
      if (!s) claims.set(k, (s = new Set()));
      s.add(e.id);
    }
  }
  const errors: string[] = [];
  for (const [k, ids] of claims) {
    if (ids.size < 2) continue;
    const rule = g.ambiguous.get(k.slice(4));
    if (!rule) errors.push(`${k}: ${[...ids].join(', ')}`);
    else if (!ids.has(rule.preferred))
      errors.push(`${k}: preferred ${rule.preferred} is not among ${[...ids].join(', ')}`);
  }
  assert.deepEqual(errors, []);
});

test('ambiguous.tsv rules point at entries and have a reason', () => {
  for (const r of g.ambiguous.values()) {
    assert.ok(g.byId.has(r.preferred), `${r.alias}: unknown ${r.preferred}`);
    assert.ok(r.why.length > 0, `${r.alias}: no reason`);
  }
});

test('offices: known ids, valid codes, sectors and ordered dates', () => {
  const errors: string[] = [];
  for (const [id, list] of g.offices) {
    if (!g.byId.has(id)) errors.push(`unknown id ${id}`);
    for (const s of list) {
      if (!/^[a-z0-9_]+$/.test(s.office)) errors.push(`${id}: bad office ${s.office}`);
      if (s.code !== null && !validCode(s.code)) errors.push(`${id}: bad code ${s.code}`);
      if (s.from && !DATE_RE.test(s.from)) errors.push(`${id}: bad from ${s.from}`);
      if (s.to && !DATE_RE.test(s.to)) errors.push(`${id}: bad to ${s.to}`);
      if (s.from && s.to && dateLow(s.from) > dateLow(s.to)) errors.push(`${id}: ${s.office} from after to`);
    }
  }
  assert.deepEqual(errors, []);
});

test('nationalities and metonyms point at valid codes and entries', () => {
  assert.ok(g.nationalities.size > 1000);
  for (const [adj, code] of g.nationalities) assert.ok(validCode(code), `${adj}: ${code}`);
  assert.equal(g.nationalities.get(normalize('الأمريكية')), 'USA');
  assert.equal(g.nationalities.get(normalize('الأميركيين')), 'USA');
  assert.equal(g.nationalities.get(normalize('العراقي')), 'IRQ');
  assert.equal(g.nationalities.get(normalize('الإيرانية')), 'IRN');
  assert.equal(g.nationalities.get(normalize('الروس')), 'RUS');
  for (const m of g.metonyms.values()) {
    assert.ok(validCode(m.code), m.ar);
    if (m.id) assert.ok(g.byId.has(m.id), `${m.ar}: unknown ${m.id}`);
  }
  assert.equal(g.metonyms.get(normalize('واشنطن'))?.code, 'USA');
  assert.equal(g.metonyms.get(normalize('طهران'))?.code, 'IRN');
});

test('officeAt and sectorAt follow the office history', () => {
  assert.equal(g.officeAt('per:mustafa_al_kadhimi', '2021-06-01')?.office, 'prime_minister');
  assert.equal(g.officeAt('per:mustafa_al_kadhimi', '2023-06-01'), null);
  assert.equal(g.officeAt('per:mohammed_shia_al_sudani', '2024-02-03')?.office, 'prime_minister');
  assert.equal(g.officeAt('per:donald_trump', '2018-04-14')?.office, 'president');
  assert.equal(g.sectorAt('per:donald_trump', '2018-04-14'), 'GOV');
  assert.equal(g.sectorAt('per:donald_trump', '2024-02-03'), 'CVL');
  assert.equal(g.officeAt('per:antony_blinken', '2024-02-03')?.office, 'secretary_of_state');
});

test('the dev actors are in', () => {
  const want: [string, string][] = [
    ['per:antony_blinken', 'بلنكين'],
    ['per:john_kirby', 'كيربي'],
    ['per:vedant_patel', 'باتيل'],
    ['per:lloyd_austin', 'لويد جيمس أوستن'],
    ['per:bashar_al_assad', 'الأسد'],
    ['per:theresa_may', 'تيريزا ماي'],
    ['per:jean_yves_le_drian', 'جان إيف لو دريان'],
    ['per:ali_al_sistani', 'السيستاني'],
    ['per:muqtada_al_sadr', 'مقتدى الصدر'],
    ['org:quds_force', 'فيلق القدس'],
    ['org:irgc', 'الحرس الثوري الإيراني'],
    ['org:nato', 'حلف شمال الأطلسي'],
    ['org:isis', 'داعش'],
    ['org:us_state_department', 'وزارة الخارجية الأميركية'],
    ['org:white_house', 'البيت الأبيض'],
    ['org:pentagon', 'البنتاغون'],
    ['org:opcw', 'منظمة حظر الأسلحة الكيمياوية'],
    ['loc:united_states', 'الولايات الأمريكية'],
    ['loc:basra', 'البصرة'],
    ['loc:ain_al_asad_air_base', 'عين الأسد'],
    ['loc:akashat', 'عكاشات'],
    ['loc:umm_qasr_port', 'ميناء أم قصر'],
  ];
  const missing: string[] = [];
  for (const [id, name] of want) {
    const e = g.byId.get(id);
    if (!e || !entryNames(e).some((n) => normalize(n) === normalize(name))) missing.push(`${id} ${name}`);
  }
  assert.deepEqual(missing, []);
});
