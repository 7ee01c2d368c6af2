/** A tiny gazetteer in the real TSV format, written to a temp folder, for the entity tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { buildEntityResources, findEntities, type EntityResources } from '../../src/entities/index.js';
import type { Entity } from '../../src/types.js';

const HEADER = 'id\ttype\tar\taliases\ten\tcode\tsector\toffice\tfrom\tto';

const FILES: Record<string, string[]> = {
  'countries.tsv': [
    'loc:iraq\tLOC\tالعراق\t\tIraq\tIRQ\t\t\t\t',
    'loc:united_states\tLOC\tالولايات المتحدة\tالولايات المتحدة الأمريكية|أمريكا\tUnited States\tUSA\t\t\t\t',
    'loc:france\tLOC\tفرنسا\t\tFrance\tFRA\t\t\t\t',
    'loc:sudan\tLOC\tالسودان\t\tSudan\tSDN\t\t\t\t',
  ],
  'places.tsv': [
    'loc:baghdad\tLOC\tبغداد\t\tBaghdad\tIRQ\t\t\t\t',
    'loc:basra\tLOC\tالبصرة\t\tBasra\tIRQ\t\t\t\t',
    // القائم is also an ordinary word ("the standing"): a weak alias.
    'loc:al_qaim\tLOC\tالقائم\t\tAl-Qaim\tIRQ\t\t\t\t',
  ],
  'people.tsv': [
    'per:antony_blinken\tPER\tأنتوني بلينكن\tبلينكن\tAntony Blinken\tUSA\tGOV\tsecretary_of_state\t2021-01-26\t2025-01-20',
    'per:john_kirby\tPER\tجون كيربي\t\tJohn Kirby\tUSA\tGOV\t\t\t',
    'per:mohammed_shia_al_sudani\tPER\tمحمد شياع السوداني\tالسوداني\tMohammed Shia al-Sudani\tIRQ\tGOV\tprime_minister\t2022-10-27\t',
    'per:donald_trump\tPER\tدونالد ترامب\tترامب\tDonald Trump\tUSA\tGOV\tpresident\t2017-01-20\t2021-01-20',
  ],
  'orgs.tsv': [
    'org:white_house\tORG\tالبيت الأبيض\t\tWhite House\tUSA\tGOV\t\t\t',
    'org:irgc\tORG\tالحرس الثوري\t\tIslamic Revolutionary Guard Corps\tIRN\tMIL\t\t\t',
  ],
};

let cached: EntityResources | null = null;

export function fixtureResources(): EntityResources {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'rasd-gaz-'));
  for (const [file, rows] of Object.entries(FILES))
    writeFileSync(join(dir, file), [HEADER, ...rows].join('\n') + '\n');
  writeFileSync(
    join(dir, 'nationalities.tsv'),
    [
      'code\tadjectives',
      'USA\tأمريكي|الأمريكي|أمريكية|الأمريكية|أميركي|الأميركي|الأميركية',
      'IRQ\tعراقي|العراقي|عراقية|العراقية',
      'FRA\tفرنسي|الفرنسي|فرنسية|الفرنسية',
      'IRN\tإيراني|الإيراني|إيرانية|الإيرانية',
      'SDN\tسوداني|السوداني|سودانية|السودانية',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'offices.tsv'),
    'id\toffice\tcode\tsector\tfrom\tto\nper:donald_trump\tcandidate\tUSA\tCVL\t2021-01-21\t2025-01-19\n',
  );
  cached = buildEntityResources(loadGazetteer(dir));
  return cached;
}

/** Entities of a one-region text. */
export function entitiesOf(text: string, published: string | null = null): Entity[] {
  return findEntities(text, [{ start: 0, end: text.length }], fixtureResources(), { published });
}

/** The mention surfaces of the entity with `key`, in order. */
export function surfaces(text: string, ents: Entity[], key: string): string[] {
  const e = ents.find((x) => x.key === key);
  return e ? e.mentions.map((m) => text.slice(m.start, m.end)) : [];
}
