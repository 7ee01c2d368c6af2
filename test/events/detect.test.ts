import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectEvents } from '../../src/events/index.js';
import { eventsOf } from './helpers.js';
import type { Entity, Span } from '../../src/types.js';

function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '.') {
      out.push({ start, end: i + 1 });
      start = i + 2;
    }
  }
  return out;
}

test('repeats of one event merge; evidence lists the sentences', () => {
  const text =
    'شنت طائرات حربية غارات على البلدة أمس. وأسفرت الغارات عن مقتل خمسة أشخاص. وتظاهر المئات في العاصمة.';
  const ev = detectEvents(text, sentencesOf(text), { published: '2018-04-14' });
  assert.deepEqual(
    ev.map((e) => e.type),
    ['ASSAULT', 'PROTEST'],
  );
  assert.equal(ev[0]!.evidence.length, 2);
  assert.equal(ev[0]!.date, '2018-04-13');
  assert.ok(ev[0]!.quantities.some((q) => q.kind === 'killed' && q.value === 5));
});

test('events on different days stay apart', () => {
  const text = 'قصفت الطائرات البلدة الثلاثاء. وقصفت الطائرات البلدة مجددا الخميس.';
  const ev = detectEvents(text, sentencesOf(text), { published: '2018-04-14' });
  assert.equal(ev.filter((e) => e.type === 'ASSAULT').length, 2);
});

test('quantities: killed, wounded, targets, facilities, with approximations', () => {
  const ev = eventsOf('قتل أكثر من 20 شخصا وأصيب نحو 50 آخرين في غارات استهدفت 7 منشآت و85 هدفا.')[0]!;
  const q = Object.fromEntries(ev.quantities.map((x) => [x.kind, [x.value, x.approx]]));
  assert.deepEqual(q.killed, [20, 'more_than']);
  assert.deepEqual(q.wounded, [50, 'about']);
  assert.deepEqual(q.facilities, [7, 'exact']);
  assert.deepEqual(q.targets, [85, 'exact']);
});

test('nationality cues fill actor and recipient codes with a sector', () => {
  const ev = eventsOf('أطلقت القوات الإسرائيلية النار على محتجين فلسطينيين.').find(
    (e) => e.type === 'ASSAULT',
  )!;
  assert.equal(ev.actor?.code, 'ISR');
  assert.equal(ev.actor?.sector, 'MIL');
  assert.equal(ev.recipient?.code, 'PSE');
  const s = eventsOf('قتل ثلاثة في قصف إسرائيلي على غزة.')[0]!;
  assert.equal(s.actor?.code, 'ISR');
  assert.equal(s.mode, 'heavy-weapons');
});

test('entity mentions: subject after the verb, target after على, location after في', () => {
  const text = 'قصفت القوات التركية مواقع وحدات حماية الشعب في سوريا.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const entities: Entity[] = [
    {
      key: 'tr-army',
      type: 'ORG',
      name: 'القوات التركية',
      en: 'Turkish forces',
      code: 'TUR',
      sector: 'MIL',
      mentions: [at('القوات التركية')],
    },
    {
      key: 'ypg',
      type: 'ORG',
      name: 'وحدات حماية الشعب',
      en: 'YPG',
      code: 'SYR',
      sector: 'REB',
      mentions: [at('وحدات حماية الشعب')],
    },
    {
      key: 'syria',
      type: 'LOC',
      name: 'سوريا',
      en: 'Syria',
      code: 'SYR',
      sector: null,
      mentions: [at('سوريا')],
    },
  ];
  const ev = detectEvents(text, [{ start: 0, end: text.length }], { published: '2018-04-14', entities })[0]!;
  assert.equal(ev.actor?.key, 'tr-army');
  assert.equal(ev.location?.key, 'syria');
  const text2 = 'أجرى الرئيس الأمريكي اتصالا هاتفيا مع رئيس الوزراء العراقي.';
  const at2 = (s: string) => ({ start: text2.indexOf(s), end: text2.indexOf(s) + s.length });
  const ent2: Entity[] = [
    {
      key: 'potus',
      type: 'PER',
      name: 'الرئيس الأمريكي',
      en: null,
      code: 'USA',
      sector: 'GOV',
      mentions: [at2('الرئيس الأمريكي')],
    },
    {
      key: 'iraq-pm',
      type: 'PER',
      name: 'رئيس الوزراء العراقي',
      en: null,
      code: 'IRQ',
      sector: 'GOV',
      mentions: [at2('رئيس الوزراء العراقي')],
    },
  ];
  const c = detectEvents(text2, [{ start: 0, end: text2.length }], { published: null, entities: ent2 })[0]!;
  assert.equal(c.type, 'CONSULT');
  assert.equal(c.mode, 'phone');
  assert.equal(c.actor?.key, 'potus');
  assert.equal(c.recipient?.key, 'iraq-pm');
});

test('pure: the same input gives the same output, and no events in plain text', () => {
  const s = 'شنت طائرات حربية غارات على مواقع للمسلحين أمس.';
  assert.deepEqual(eventsOf(s), eventsOf(s));
  assert.deepEqual(eventsOf('يقع المتحف في وسط المدينة القديمة.'), []);
  assert.deepEqual(detectEvents('', [], { published: null }), []);
});
