import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_TYPES } from '../../src/types.js';
import { defaultLexicon, pastForms, presentForms, nounForms } from '../../src/events/lexicon.js';

test('verb forms cover persons of both tenses, the future and object pronouns', () => {
  const past = pastForms('قصف');
  for (const f of ['قصف', 'قصفت', 'قصفوا', 'قصفنا', 'قصفوه', 'قصفتها']) assert.ok(past.includes(f), f);
  const present = presentForms('شن');
  for (const f of ['يشن', 'تشن', 'يشنون', 'نشن', 'تشنها']) assert.ok(present.includes(f), f);
});

test('noun forms: article, tanwin, dual, possessive (ة → ت before suffixes)', () => {
  const forms = nounForms('غاره', true).map((f) => f.form);
  for (const f of ['غاره', 'الغاره', 'غارتين', 'الغارتين', 'غارتها']) assert.ok(forms.includes(f), f);
  assert.ok(nounForms('هجوم', true).some((f) => f.form === 'هجوما' && !f.definite));
  assert.ok(nounForms('هجوم', true).some((f) => f.form === 'الهجوم' && f.definite));
});

test('the data lexicon has triggers for all 16 PLOVER types', () => {
  const lex = defaultLexicon();
  const types = new Set(lex.entries.filter((e) => e.kind !== 'stop').map((e) => e.type));
  for (const t of EVENT_TYPES) assert.ok(types.has(t), t);
  assert.ok(lex.forms.get('شنوا') === undefined, 'شن is a support verb, not a trigger');
  assert.equal(lex.light.get('شنت'), 'past');
  assert.equal(lex.light.get('سيشن'), 'future');
});
