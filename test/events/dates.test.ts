import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublished, findDates, formatDay } from '../../src/events/dates.js';
import { tokenize } from '../../src/events/tokens.js';
import { eventsOf } from './helpers.js';

// 2018-04-14 is a Saturday.
const PUB = '2018-04-14';

function days(text: string, published = PUB): (string | null)[] {
  return findDates(tokenize(text), parsePublished(published)).map((d) =>
    d.day === null ? null : formatDay(d.day),
  );
}

test('publication dates: ISO and RFC 2822', () => {
  assert.equal(formatDay(parsePublished('2018-04-14')!), '2018-04-14');
  assert.equal(formatDay(parsePublished('2018-04-14T22:10:00Z')!), '2018-04-14');
  assert.equal(formatDay(parsePublished('Sat, 14 Apr 2018 03:52:44 +0000')!), '2018-04-14');
  assert.equal(parsePublished(null), null);
  assert.equal(parsePublished('غير معروف'), null);
});

test('relative days: اليوم، أمس، أول أمس، الليلة الماضية', () => {
  assert.deepEqual(days('وقع الهجوم اليوم'), ['2018-04-14']);
  assert.deepEqual(days('وقع الهجوم أمس'), ['2018-04-13']);
  assert.deepEqual(days('وقع الهجوم مساء امس'), ['2018-04-13']);
  assert.deepEqual(days('وقع الهجوم أول من أمس'), ['2018-04-12']);
  assert.deepEqual(days('تظاهروا الليلة الماضية'), ['2018-04-13']);
  assert.deepEqual(days('قبل يومين'), ['2018-04-12']);
});

test('weekdays: the most recent such day on or before publication', () => {
  assert.deepEqual(days('مساء الثلاثاء'), ['2018-04-10']);
  assert.deepEqual(days('يوم السبت'), ['2018-04-14']);
  assert.deepEqual(days('السبت الماضي'), ['2018-04-07']);
  assert.deepEqual(days('والأحد'), ['2018-04-08']);
  assert.deepEqual(days('الاثنين'), ['2018-04-09']);
  assert.deepEqual(days('الأربعاء المقبل'), [null]);
});

test('explicit dates in both month-name systems', () => {
  assert.deepEqual(days('في 9 نيسان/أبريل 2018'), ['2018-04-09']);
  assert.deepEqual(days('في 7 أبريل'), ['2018-04-07']);
  assert.deepEqual(days('يوم 3 آذار'), ['2018-03-03']);
  assert.deepEqual(days('في 12 كانون الأول 2017'), ['2017-12-12']);
  assert.deepEqual(days('في 30 ديسمبر'), ['2017-12-30']);
  assert.deepEqual(days('في 18 من فبراير'), ['2018-02-18']);
});

test('vague or month-only times fix no day', () => {
  assert.deepEqual(days('قبل أيام'), [null]);
  assert.deepEqual(days('في يونيو 2016'), [null]);
  assert.deepEqual(days('عام 2014'), [null]);
});

test('event dates resolved against publication', () => {
  assert.equal(eventsOf('قصفت الطائرات البلدة مساء الثلاثاء.', PUB)[0]!.date, '2018-04-10');
  assert.equal(
    eventsOf('قصفت الطائرات البلدة أمس.', 'Sat, 14 Apr 2018 03:52:44 +0000')[0]!.date,
    '2018-04-13',
  );
  assert.equal(eventsOf('قصفت الطائرات البلدة قبل أيام.', PUB)[0]!.date, null);
  assert.equal(eventsOf('قصفت الطائرات البلدة أمس.', null)[0]!.date, null);
});
