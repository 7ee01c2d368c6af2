/**
 * Patterns around the gazetteer's names, over one region's trie matches:
 * - title chains: "وزير الخارجية الأمريكي X", "المتحدث باسم البيت الأبيض X", "الرئيس الإيراني
 *   الراحل X": the title and the nationality are not mentions, but give X a code and a sector,
 *   and X need not be in the gazetteer (then it is the name tokens after the chain);
 * - institutions named with a nationality: "الخارجية العراقية", "وزارة الدفاع البريطانية",
 *   "البرلمان العراقي": ORG, code from the adjective;
 * - an ORG name followed by a nationality adjective takes it into its span ("الحرس الثوري الإيراني");
 * - places with a head noun: "مطار البصرة", "قاعدة بلد الجوية": one LOC; after a cue noun
 *   ("بلدة X", "منطقتي X و Y") the unknown name X is a LOC.
 */
import { normalize } from '../text/normalize.js';
import type { Sector } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import { lightNorm, type InstitutionWord } from './lexicon.js';
import type { TrieMatch } from './matcher.js';
import { entryMention, unknownMention, type Mention } from './mention.js';
import type { EntityResources, Pattern } from './resources.js';
import { offsetAfter, type NameToken } from './tokens.js';

type M = TrieMatch<Pattern>;

function find<K extends Pattern['kind']>(
  m: M | undefined,
  kind: K,
): Extract<Pattern, { kind: K }> | undefined {
  if (!m) return undefined;
  for (const p of m.payloads) if (p.kind === kind) return p as Extract<Pattern, { kind: K }>;
  return undefined;
}

/** Name particles that may join a name beyond the usual three words (عبد الله, أبو بكر, بن سلمان). */
const PARTICLES = new Set([
  'عبد',
  'ابو',
  'ابن',
  'بن',
  'ال',
  'بنت',
  'ام',
  'دي',
  'دو',
  'فون',
  'لو',
  'فان',
  'دا',
  'ولد',
  'بو',
]);
const MAX_NAME_WORDS = 3;
const PRONOUN_SUFFIX = /..(ته|تها|تهم|ها|هم|هما|كم)$/;
const PREPOSITIONS = new Set([
  'في',
  'من',
  'الي',
  'علي',
  'عن',
  'مع',
  'حول',
  'داخل',
  'خارج',
  'ضد',
  'نحو',
  'بين',
  'تجاه',
  'لدي',
  'عبر',
  'قرب',
]);

function normalizeTitle(ar: string): string {
  return normalize(ar);
}

export class RegionAnalysis {
  readonly mentions: Mention[] = [];
  /** Matches of weak aliases, kept only if the article names the entry otherwise (see `acceptWeak`). */
  readonly weak: Mention[] = [];
  /** Tokens used by a title chain, an institution or a mention. */
  readonly taken: Uint8Array;
  private readonly at: (M | undefined)[];

  constructor(
    private readonly text: string,
    private readonly toks: readonly NameToken[],
    private readonly matches: readonly M[],
    private readonly res: EntityResources,
  ) {
    this.taken = new Uint8Array(toks.length);
    this.at = new Array<M | undefined>(toks.length);
    for (const m of matches) this.at[m.from] = m;
  }

  run(): Mention[] {
    // Title chains first: they claim their nationality adjectives and domain nouns.
    for (const m of this.matches)
      if (!this.taken[m.from] && find(m, 'title') && !find(m, 'entry')) this.titleChain(m);
    for (const m of this.matches) {
      if (this.taken[m.from]) continue;
      const entry = find(m, 'entry');
      if (entry?.weak) {
        // A country's name that is also its adjective (سورية) reads as the adjective after a
        // noun (جماعات سورية): only after a preposition or proclitic is it the place.
        if (find(m, 'nat') && entry.entries[0]!.type === 'LOC' && !this.afterPreposition(m)) continue;
        this.weak.push(entryMention(entry.entries, m.start, m.end, m.from, m.to));
      } else if (entry) this.entry(m, entry.entries);
      else if (find(m, 'institution')) this.institution(m);
      else if (find(m, 'place')) this.place(m);
      else if (find(m, 'orghead')) this.orgName(m);
    }
    return this.mentions;
  }

  /** The key of token `i` read from offset `start` (after proclitics); لل+x reads as ال+x. */
  private stemAt(i: number, start: number): string {
    const t = this.toks[i]!;
    const cut = start - t.start;
    if (cut === 0) return t.key;
    const rest = t.key.slice(cut);
    return rest.startsWith('ل') && t.key[cut - 1] === 'ل' ? 'ا' + rest : rest;
  }

  /** The match carries a proclitic, opens its region, or follows a preposition. */
  private afterPreposition(m: M): boolean {
    if (m.start > this.toks[m.from]!.start || m.from === 0 || !this.toks[m.from]!.joinsPrev) return true;
    return PREPOSITIONS.has(this.toks[m.from - 1]!.key);
  }

  private mark(from: number, to: number): void {
    for (let k = from; k < to; k++) this.taken[k] = 1;
  }

  /** The match starting at token `i` when that token continues the one before it. */
  private joinedAt(i: number): M | undefined {
    if (i >= this.toks.length || !this.toks[i]!.joinsPrev) return undefined;
    return this.at[i];
  }

  private entry(m: M, entries: GazetteerEntry[]): Mention {
    const mention = entryMention(entries, m.start, m.end, m.from, m.to);
    // "مدينة دوما", "تنظيم داعش", "حلف الناتو": when the words after a place cue or organisation
    // head are themselves a name of the same entry, the head is a common noun outside the span.
    const headKey = this.stemAt(m.from, m.start);
    if (m.to - m.from >= 2 && this.res.headKeys.has(headKey)) {
      const inner = this.res.trie.longestAt(this.toks, m.from + 1, (p) => p.kind === 'entry');
      const ids = new Set(entries.map((e) => e.id));
      // After a place cue any place will do (محافظة البصرة → البصرة); else the same entry.
      const cue = this.res.placeCueKeys.has(headKey) && entries[0]!.type === 'LOC';
      const same = inner?.payloads.some(
        (p) => p.kind === 'entry' && p.entries.some((e) => ids.has(e.id) || (cue && e.type === 'LOC')),
      );
      if (inner && inner.to === m.to && same && inner.start === this.toks[m.from + 1]!.start) {
        this.mark(m.from, m.from + 1);
        mention.start = inner.start;
        mention.from = m.from + 1;
      }
    }
    // "الحرس الثوري الإيراني": the nationality adjective of an organisation named by common words
    // (with the article) is part of its name; a proper name keeps it outside (سبوتنيك الروسية).
    const next = this.joinedAt(m.to);
    const nat = find(next, 'nat');
    const descriptive = this.stemAt(mention.from, mention.start).startsWith('ال');
    if (
      mention.type === 'ORG' &&
      nat &&
      descriptive &&
      next!.start === this.toks[m.to]!.start &&
      !find(this.at[m.to - 1], 'nat')
    ) {
      mention.end = next!.end;
      mention.to = next!.to;
      mention.code = nat.code;
    }
    this.mark(mention.from, mention.to);
    this.mentions.push(mention);
    return mention;
  }

  /**
   * An institution with its nationality: [وزارة] domain nat, or head nat. Returns the ORG mention,
   * or null when the words do not form one (a bare "الوزارة" is a common noun).
   */
  private institution(m: M): Mention | null {
    let word: InstitutionWord | undefined = find(m, 'institution')?.word;
    if (!word) return null;
    let last = m;
    if (word.kind === 'ministry') {
      const d = this.joinedAt(m.to);
      const dw = find(d, 'institution')?.word;
      if (!d || !dw || dw.kind !== 'domain') return null;
      word = dw;
      last = d;
    } else if (word.kind === 'domain' && !word.alone) return null;
    const natMatch = this.joinedAt(last.to);
    const nat = find(natMatch, 'nat');
    if (!natMatch || !nat) return null;
    const country = this.res.countryEn.get(nat.code) ?? nat.code;
    const mention: Mention = {
      start: m.start,
      end: natMatch.end,
      type: 'ORG',
      entries: [],
      key: `org:${nat.code.toLowerCase()}_${word.key}`,
      name: this.text.slice(m.start, natMatch.end),
      en: `${country} ${word.en}`,
      code: nat.code,
      sector: word.sector,
      from: m.from,
      to: natMatch.to,
    };
    this.mark(mention.from, mention.to);
    this.mentions.push(mention);
    return mention;
  }

  private titleChain(first: M): void {
    const title = find(first, 'title')!.title;
    let sector: Sector | null = title.sector;
    let code: string | null = null;
    let pos = first.to;
    let takesDomain = title.domain;
    // A surname alone with the article may follow a nationality or an adjective of the title, not
    // a noun or a name (رئيس الانتربول المختفي, زعيم الحزب الاشتراكي are adjectives).
    let surnameMayFollow = false;
    this.mark(first.from, first.to);
    for (let steps = 0; steps < 8; steps++) {
      const n = this.joinedAt(pos);
      if (takesDomain) {
        const dw = find(n, 'institution')?.word;
        takesDomain = false;
        if (n && dw?.kind === 'domain') {
          this.mark(n.from, n.to);
          pos = n.to;
          continue;
        }
        // The gazetteer may name the ministry by domain + adjective ("الخارجية الأميركية"): after
        // a minister's title those words are still the title ("وزير الخارجية الأميركية").
        const e = find(n, 'entry');
        if (n && e && e.entries[0]!.type === 'ORG' && this.res.domainKeys.has(this.toks[n.from]!.key)) {
          code ??= e.entries[0]!.code;
          this.mark(n.from, n.to);
          pos = n.to;
          continue;
        }
      }
      if (!n) {
        // An adjective the lists lack ("الصحافية الاستقصائية فيكتوريا مارينوفا"): an article word
        // ending like an adjective, before a name word without the article.
        const a = this.toks[pos];
        const b = this.toks[pos + 1];
        if (
          a?.joinsPrev &&
          b?.joinsPrev &&
          /^\u0627ل/.test(a.text) &&
          /(ي|يه)$/.test(a.key) &&
          !this.at[pos + 1] &&
          !/^\u0627ل/.test(b.text) &&
          this.isNameWord(b)
        ) {
          this.mark(pos, pos + 1);
          pos++;
          surnameMayFollow = false;
          continue;
        }
        break;
      }
      surnameMayFollow = false;
      const nat = find(n, 'nat');
      const t = find(n, 'title');
      const entry = nat && find(n, 'entry')?.weak ? undefined : find(n, 'entry');
      if (entry) {
        const e = entry.entries[0]!;
        if (e.type === 'PER') break;
        // An organisation or place inside the title is a mention of its own and gives the code.
        const mention = this.entry(n, entry.entries);
        code ??= mention.code ?? e.code;
        sector ??= e.sector;
        pos = mention.to;
        continue;
      }
      if (nat) {
        code ??= nat.code;
        this.mark(n.from, n.to);
        pos = n.to;
        surnameMayFollow = true;
        continue;
      }
      if (t) {
        if (t.title.sector) sector = t.title.sector;
        takesDomain = t.title.domain;
        this.mark(n.from, n.to);
        pos = n.to;
        continue;
      }
      const filler = find(n, 'filler');
      if (filler) {
        this.mark(n.from, n.to);
        pos = n.to;
        surnameMayFollow = !filler.noun;
        continue;
      }
      if (find(n, 'institution')) {
        const inst = this.institution(n);
        if (!inst) break;
        code ??= inst.code;
        sector ??= inst.sector;
        pos = inst.to;
        continue;
      }
      break;
    }
    // A one-word title without the article is in construct (رئيس …, حاكم …, مراسل …): the word
    // after it is its complement (a place, an organisation), not the person. Likewise a bare
    // title followed by an article word is mostly title + adjective (المبعوث الأممي).
    const construct = !title.ar.includes(' ') && !normalizeTitle(title.ar).startsWith('ال');
    this.nameAfterTitle(pos, code, sector, pos === first.to && construct, !surnameMayFollow);
  }

  /** The person a title chain introduces: a gazetteer name, or up to three unknown name words. */
  private nameAfterTitle(
    pos: number,
    code: string | null,
    sector: Sector | null,
    knownOnly: boolean,
    noSurnameAlone: boolean,
  ): void {
    if (pos >= this.toks.length) return;
    const tok = this.toks[pos]!;
    // A comma may stand between the chain and a name the gazetteer knows ("…العراقي، محمد شياع السوداني").
    const direct =
      tok.joinsPrev || (pos > 0 && /^\s*[،,]\s*$/.test(this.text.slice(this.toks[pos - 1]!.end, tok.start)));
    if (!direct) return;
    const here = this.at[pos];
    const entry = find(here, 'entry');
    if (entry) {
      if (entry.entries[0]!.type !== 'PER') return;
      const mention = this.entry(here!, entry.entries);
      mention.code = code;
      mention.sector = sector;
      return;
    }
    if (knownOnly) return;
    // After a comma only as an apposition closed by punctuation: "الرئيس الفرنسي، إيمانويل ماكرون، …".
    const apposition = !tok.joinsPrev;
    // A name does not open with a conjunction or preposition on the article (والجهات, لحلف).
    if (/^([وفبكل]ال|لل)/.test(tok.key)) return;
    // With the article it is a surname alone (الكاظمي), and not a feminine adjective (القتيلة).
    // The article is a bare alef (ألينا is a name, not أل + ينا).
    const surnameOnly = /^[\u0627]ل/.test(tok.text);
    if (surnameOnly && (tok.key.endsWith('ه') || noSurnameAlone)) return;
    const bare = tok.key.length >= 4 && /^[وفبكل]/.test(tok.key) ? tok.text.slice(1) : null;
    if (bare && this.res.isCommon(bare)) return;
    // Unknown words up to a gazetteer surname: "أنتوني" + "بلينكن" is the known person.
    let j = pos;
    let words = 0;
    while (j < this.toks.length && (j === pos || (this.toks[j]!.joinsPrev && !surnameOnly))) {
      const t = this.toks[j]!;
      const m = this.at[j];
      const e = find(m, 'entry');
      if (e && e.entries[0]!.type === 'PER' && j > pos) {
        const mention = this.entry(m!, e.entries);
        mention.start = this.toks[pos]!.start;
        mention.from = pos;
        this.mark(pos, mention.to);
        mention.code = code;
        mention.sector = sector;
        return;
      }
      if (m) {
        // A nationality adjective of another country closes the name as its surname
        // (رئيس الوزراء العراقي محمد شياع السوداني).
        const nat = find(m, 'nat');
        if (nat && code && nat.code !== code && j > pos && m.to === j + 1 && m.start === t.start) j++;
        break;
      }
      // A particle inside a name (لو دريان, أبو بكر) may be an ordinary word elsewhere; so may a
      // short given name before a name word (جو بايدن).
      const particle = PARTICLES.has(t.key) && j + 1 < this.toks.length && this.toks[j + 1]!.joinsPrev;
      if (!this.isNameWord(t) && !particle && !(j === pos && this.givenBeforeName(j))) break;
      // Later words end the name at a proclitic on an ordinary word (للمحكمة, بإطلاق) or a pronoun suffix (خارجيته).
      if (j > pos && /^([وفبكل]ال|لل)/.test(t.key)) break;
      if (j > pos && t.key.length >= 4 && /^[وفبكل]/.test(t.key) && this.res.isCommon(t.text.slice(1))) break;
      if (PRONOUN_SUFFIX.test(t.key)) break;
      j++;
      if (!PARTICLES.has(t.key)) words++;
      if (words >= MAX_NAME_WORDS) break;
    }
    if (j === pos) return;
    // A last word that is a known surname names the gazetteer person ("لويد جيمس أوستن").
    const at = { start: this.toks[pos]!.start, end: this.toks[j - 1]!.end, from: pos, to: j };
    const mention = unknownMention(this.text, 'PER', at, { code, sector });
    if (PARTICLES.has(this.toks[j - 1]!.key)) return;
    if (j - pos === 1 && this.toks[pos]!.key.length < 3) return;
    if (apposition) {
      const after = this.text.slice(mention.end, mention.end + 3);
      if (j - pos < 2 || !(j >= this.toks.length || /^\s*[،,.:؛]/.test(after))) return;
    }
    this.mark(pos, j);
    this.mentions.push(mention);
  }

  /**
   * A first word the common list holds (جو) still opens a name when a name word without the
   * article follows it and it is no function word.
   */
  private givenBeforeName(i: number): boolean {
    const t = this.toks[i]!;
    const next = this.toks[i + 1];
    if (!next || !next.joinsPrev || this.at[i + 1] || t.kind !== 'word' || t.key.length < 2) return false;
    if (this.res.lexicon.stop.has(lightNorm(t.text)) || /^[وفبكل]/.test(t.key)) return false;
    return !next.key.startsWith('ال') && this.isNameWord(next) && !PRONOUN_SUFFIX.test(next.key);
  }

  /** A word that may be part of an unknown name: Arabic or Latin letters, not a common word. */
  isNameWord(t: NameToken): boolean {
    if (t.kind === 'number') return false;
    if (t.key.length < 2) return false;
    return !this.res.isCommon(t.text);
  }

  private place(m: M): void {
    const word = find(m, 'place')!.word;
    if (word.kind === 'suffix') return;
    const n = this.joinedAt(m.to);
    const entry = find(n, 'entry');
    if (word.kind === 'head') {
      // head + known place or one unknown word, then an optional adjective: one LOC.
      let to: number;
      let code: string | null = null;
      if (n && entry) {
        if (entry.entries[0]!.type !== 'LOC') return;
        to = n.to;
        code = entry.entries[0]!.code;
      } else if (
        !n &&
        m.to < this.toks.length &&
        this.toks[m.to]!.joinsPrev &&
        this.toks[m.to]!.key.startsWith('ال') &&
        this.isPlaceWord(this.toks[m.to]!)
      ) {
        // An unknown name with the article (شارع السرجي); without it only when an adjective closes it.
        to = m.to + 1;
      } else if (
        !n &&
        m.to < this.toks.length &&
        this.toks[m.to]!.joinsPrev &&
        find(this.joinedAt(m.to + 1), 'place')?.word.kind === 'suffix'
      ) {
        to = m.to + 1;
      } else return;
      const suffix = this.joinedAt(to);
      if (find(suffix, 'place')?.word.kind === 'suffix') to = suffix!.to;
      this.pushPlace(m.start, this.toks[to - 1]!.end, m.from, to, code);
      return;
    }
    // cue: "بلدة X", "منطقتي X و Y": unknown names after it (one word, or two: خان شيخون) are places,
    // and so is a weak place alias after it (القائم).
    const i = m.to;
    const first = this.joinedAt(i);
    let next: number;
    if (first && find(first, 'entry')) {
      this.confirmWeakPlace(first);
      next = first.to;
    } else {
      const t = this.toks[i];
      if (!t || !t.joinsPrev || first || !this.isPlaceWord(t)) return;
      const t2 = this.toks[i + 1];
      const two = !!t2 && t2.joinsPrev && !this.at[i + 1] && !/^[وف]/.test(t2.key) && this.isPlaceWord(t2);
      next = two ? i + 2 : i + 1;
      this.pushPlace(t.start, this.toks[next - 1]!.end, i, next);
    }
    // "منطقتي عكاشات والقائم": a second name after و (outside the span).
    const t3 = this.toks[next];
    if (!t3 || !t3.joinsPrev || !t3.key.startsWith('و')) return;
    if (this.at[next]) this.confirmWeakPlace(this.at[next]);
    else if (!/ات$/.test(t3.key) && this.isPlaceWord({ ...t3, key: t3.key.slice(1), text: t3.text.slice(1) }))
      this.pushPlace(offsetAfter(t3, 1), t3.end, next, next + 1);
  }

  /** A weak alias of a place right after a place cue names it. */
  private confirmWeakPlace(m: M | undefined): void {
    const e = find(m, 'entry');
    if (!m || !e?.weak || e.entries[0]!.type !== 'LOC' || this.taken[m.from]) return;
    this.weak.splice(0, this.weak.length, ...this.weak.filter((w) => w.from !== m.from));
    this.entry(m, e.entries);
  }

  /** An unknown place name (key `loc:ar_…`), with its country when a cue gives one. */
  private pushPlace(start: number, end: number, from: number, to: number, code: string | null = null): void {
    this.mark(from, to);
    this.mentions.push(unknownMention(this.text, 'LOC', { start, end, from, to }, { code }));
  }

  /**
   * An organisation named after its head noun: the quoted words (منظمة "عصائب أهل الحق" → the
   * quoted name), or one unquoted unknown word with the head (منظمة بدر, حزب الفضيلة).
   */
  private orgName(m: M): void {
    const head = find(m, 'orghead')!.head;
    const i = m.to;
    if (i >= this.toks.length) return;
    // The quoted (or bracketed) name, right after the head or after up to two describing words
    // (وكالة الأنباء الروسية "سبوتنيك"): up to four words, closed by the matching mark.
    for (let q = i; q < i + 3 && q < this.toks.length; q++) {
      if (q > i && !this.toks[q - 1]!.joinsPrev && q - 1 > i) break;
      const gap = this.text.slice(this.toks[q - 1]!.end, this.toks[q]!.start);
      if (!/^\s*["“«(]\s*$/.test(gap)) {
        if (q > i && (this.taken[q - 1] || (this.at[q - 1] && !find(this.at[q - 1], 'nat')))) break;
        continue;
      }
      let j = q;
      while (j < this.toks.length && j - q < 4 && (j === q || this.toks[j]!.joinsPrev)) j++;
      const close = this.text.slice(this.toks[j - 1]!.end, this.toks[j - 1]!.end + 2);
      if (!/^\s?["”»)]/.test(close)) return;
      for (let k = q; k < j; k++) if (this.taken[k]) return;
      // One quoted adjective (منظمة "إرهابية") or a lone letter is no name.
      const w = this.toks[q]!;
      if (j - q === 1 && (w.key.length < 3 || (!/^\u0627ل/.test(w.text) && /(ي|يه|ين|ات)$/.test(w.key))))
        return;
      const known = this.at[q];
      if (known && known.to === j && find(known, 'entry')) return; // the gazetteer's own match stands
      this.pushOrg(this.toks[q]!.start, this.toks[j - 1]!.end, q, j, head.sector);
      return;
    }
    // A Latin name after the head is the name alone (شبكة CNN).
    const lt = this.toks[i]!;
    if (lt.kind === 'latin' && lt.joinsPrev && !this.at[i]) {
      let j = i + 1;
      while (j < this.toks.length && this.toks[j]!.kind === 'latin' && this.toks[j]!.joinsPrev && j - i < 4)
        j++;
      this.pushOrg(lt.start, this.toks[j - 1]!.end, i, j, head.sector);
      return;
    }
    const t = this.toks[i]!;
    if (
      !t.joinsPrev ||
      this.at[i] ||
      !this.isNameWord(t) ||
      // A proclitic on an ordinary word (وخلاياه, بالفعل) is no name; بدر is one.
      (/^[وفبكل]/.test(t.key) && (/^[وفبكل]ال|^لل/.test(t.key) || this.res.isCommon(t.text.slice(1))))
    )
      return;
    if (t.key.startsWith('ال') ? /(ي|يه|ين|ون|ات)$/.test(t.key) : /([هي]|ات)$/.test(t.key)) return; // an adjective or plural noun
    if (this.res.lexicon.ordinary.has(lightNorm(t.text))) return;
    if (!head.bare) return;
    if (
      i + 1 < this.toks.length &&
      this.toks[i + 1]!.joinsPrev &&
      this.at[i + 1] === undefined &&
      this.isNameWord(this.toks[i + 1]!)
    )
      return; // longer than we can tell
    this.pushOrg(m.start, t.end, m.from, i + 1, head.sector);
  }

  private pushOrg(start: number, end: number, from: number, to: number, sector: Sector | null): void {
    this.mark(from, to);
    this.mentions.push(unknownMention(this.text, 'ORG', { start, end, from, to }, { sector }));
  }

  /** A word that may be an unknown place name; without the article not one ending like an adjective (غنية, جنوبي). */
  private isPlaceWord(t: NameToken): boolean {
    if (!this.isNameWord(t) || t.key.length < 3 || this.res.lexicon.placeNouns.has(lightNorm(t.text)))
      return false;
    // A pronoun suffix (مينائها) makes a common noun of it.
    if (/(ها|هم|هما)$/.test(t.key)) return false;
    return t.key.startsWith('ال') || !/[هي]$/.test(t.key);
  }
}
