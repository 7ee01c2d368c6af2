import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import {
  countInvalidUtf8,
  decodeUnit,
  detectEncoding,
  looksLikeCp1256Arabic,
  utf16ToUtf8,
} from '../../src/io/decode.js';

const ARABIC = 'قالت وزارة الخارجية الفرنسية اليوم السبت إن أهداف الضربات تحققت.';

test('UTF-8 with and without BOM', () => {
  const plain = Buffer.from(ARABIC);
  assert.deepEqual(detectEncoding(plain, true), { encoding: 'utf-8', bomLength: 0 });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
  assert.deepEqual(detectEncoding(bom, true), { encoding: 'utf-8', bomLength: 3 });
});

test('UTF-16 LE and BE by BOM, and without BOM by their zero bytes', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc ' + ARABIC, 'utf16le')]);
  assert.deepEqual(detectEncoding(le, true), { encoding: 'utf-16le', bomLength: 2 });
  const beBody = Buffer.from('abc ' + ARABIC, 'utf16le').swap16();
  assert.deepEqual(detectEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]), true), {
    encoding: 'utf-16be',
    bomLength: 2,
  });
  assert.equal(detectEncoding(Buffer.from('plain ascii text here', 'utf16le'), true).encoding, 'utf-16le');
  assert.equal(detectEncoding(Buffer.from(ARABIC, 'utf16le').swap16(), true).encoding, 'utf-16be');
});

test('Windows-1256 Arabic is recognised and decoded', () => {
  const bytes = iconv.encode(ARABIC, 'windows-1256');
  assert.equal(countInvalidUtf8(bytes, true) > 0, true);
  assert.equal(looksLikeCp1256Arabic(bytes), true);
  assert.equal(detectEncoding(bytes, true).encoding, 'windows-1256');
  assert.equal(decodeUnit(bytes, 'windows-1256').text, ARABIC);
  // A unit of a file whose head looked like UTF-8 still falls back to Windows-1256.
  assert.deepEqual(decodeUnit(bytes, 'utf-8'), { text: ARABIC, warnings: [] });
});

test('Latin-1 French is not taken for Arabic', () => {
  const french = iconv.encode('Le président a été réélu à la tête du comité, déclaré élu.', 'latin1');
  assert.equal(looksLikeCp1256Arabic(french), false);
});

test('binary data is refused', () => {
  assert.throws(
    () => detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0x08]), true),
    /binary/,
  );
  const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
  assert.throws(() => detectEncoding(controls, true), /binary/);
});

test('a stray bad byte in UTF-8 becomes U+FFFD with a warning', () => {
  const bytes = Buffer.concat([Buffer.from(ARABIC), Buffer.from([0xff]), Buffer.from(' ' + ARABIC)]);
  assert.equal(detectEncoding(bytes, true).encoding, 'utf-8');
  const decoded = decodeUnit(bytes, 'utf-8');
  assert.equal(decoded.text, `${ARABIC}\ufffd ${ARABIC}`);
  assert.match(decoded.warnings[0]!, /1 invalid UTF-8 byte sequence replaced/);
});

test('mostly invalid UTF-8 that is not Arabic in Windows-1256 is an error', () => {
  const junk = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 2 ? 0x41 : 0x80 + (i % 64))));
  assert.throws(() => detectEncoding(junk, true), /invalid UTF-8/);
  assert.throws(() => decodeUnit(junk, 'utf-8'), /invalid UTF-8/);
});

test('countInvalidUtf8: cut sequences count only at the real end', () => {
  const cut = Buffer.from('ab' + 'ق').subarray(0, 3); // 'a' 'b' and the first byte of ق
  assert.equal(countInvalidUtf8(cut, false), 0);
  assert.equal(countInvalidUtf8(cut, true), 1);
  assert.equal(countInvalidUtf8(Buffer.from([0xc0, 0xaf, 0x41]), true), 2); // overlong: two bad bytes
  assert.equal(countInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]), true), 3); // surrogate
  assert.equal(countInvalidUtf8(Buffer.from('😀 ok'), true), 0);
});

test('utf16ToUtf8 re-encodes across odd chunk boundaries', async () => {
  const bytes = Buffer.from('نص ' + ARABIC + ' 😀', 'utf16le');
  async function* oddChunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
  }
  const out: Buffer[] = [];
  for await (const c of utf16ToUtf8(oddChunks(), 'utf-16le')) out.push(c);
  assert.equal(Buffer.concat(out).toString('utf8'), 'نص ' + ARABIC + ' 😀');
});
