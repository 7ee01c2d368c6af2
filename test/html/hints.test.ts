import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isBoilerplateHint,
  isBoilerplateLine,
  isCallToAction,
  stopWordDensity,
} from '../../src/io/html/hints.js';

test('boilerplate lines: English and Arabic labels, teasers, bylines, credits', () => {
  for (const line of [
    'Advertisement',
    'ADVERTISEMENT',
    'Photo:',
    'Image 2 of 5',
    'Updated at 1:23 p.m.',
    'Related news',
    'Updated: Nov. 19, 2019 at 5:02 p.m.',
    'Share this article',
    'Read more: Talks collapse after a long night',
    'By Jane Doe',
    'Natalie Naccache | Bloomberg | Getty Images',
    'اقرأ أيضا: وزير الخارجية يصل إلى العاصمة',
    'اقرأ أيضاً',
    'شارك',
    'شارك على فيسبوك',
    'تابعونا على تويتر',
    'جميع الحقوق محفوظة © 2018',
    'بقلم: أحمد علي',
  ]) {
    assert.ok(isBoilerplateLine(line), line);
  }
});

test('sentences that merely start like boilerplate are kept', () => {
  for (const line of [
    'By Tuesday, officials said the talks had failed and both delegations had gone home.',
    'شارك الرئيس في اجتماع مجلس الوزراء',
    'Following the vote, the council adjourned.',
    'Shares of the company fell 5% in early trading on Wednesday after the report.',
    'Share prices rose 5% on Monday.',
    'Video shows police officers at the scene.',
  ]) {
    assert.ok(!isBoilerplateLine(line), line);
  }
});

test('calls to action', () => {
  assert.ok(isCallToAction('Follow him on Twitter @someone.'));
  assert.ok(isCallToAction('Get the latest updates right in your inbox. Subscribe to our newsletters.'));
  assert.ok(isCallToAction('تابعونا على تطبيق الأخبار'));
  assert.ok(
    !isCallToAction('The company now has 150 million subscribers worldwide, up from 120 million last year.'),
  );
});

test('class and id hints', () => {
  assert.ok(isBoilerplateHint('share-bar social'));
  assert.ok(isBoilerplateHint('related-articles'));
  assert.ok(isBoilerplateHint('ad-slot'));
  assert.ok(isBoilerplateHint('image-caption'));
  assert.ok(!isBoilerplateHint('article-body'));
  assert.ok(!isBoilerplateHint('subheader')); // a sub-heading inside the text, not the page header
  assert.ok(!isBoilerplateHint('readability-styled'));
});

test('stop-word density tells prose from labels, in English and Arabic', () => {
  const words = (s: string): string[] => s.split(/\s+/);
  assert.ok(stopWordDensity(words('the minister said that he would travel to the capital')) > 0.3);
  assert.ok(stopWordDensity(words('Home World Politics Business Sport')) === 0);
  assert.ok(stopWordDensity(words('وقال الوزير إن الحكومة ستعمل على حل الأزمة في أقرب وقت')) > 0.15);
});
