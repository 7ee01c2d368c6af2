/**
 * The trigger lexicon, support verbs and modality cues, read from data/events/*.tsv, and the
 * surface forms generated from them: every person of both tenses for verbs, the article, duals,
 * tanwin and possessives for nouns. Words are stored in the normalised form of text/normalize.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../paths.js';
import { normalize } from '../text/normalize.js';
import { EVENT_TYPES, type EventType } from '../types.js';

export type Tense = 'past' | 'present' | 'future' | 'noun';

export interface TriggerEntry {
  id: number;
  type: EventType;
  mode: string | null;
  kind: 'verb' | 'noun' | 'word' | 'stop';
  weight: number;
  /** riot: protest-crowd violence; agent: a participant noun (see triggers.tsv). */
  flags: Set<string>;
  /** Words one of which must follow within `window` tokens, or null. */
  next: string[] | null;
  window: number;
}

/** One generated surface form of an entry: its tense reading and whether it is definite. */
export interface FormReading {
  entry: TriggerEntry;
  tense: Tense;
  definite: boolean;
}

/** A reading of a written word: the form's reading and the proclitics stripped to reach it. */
export interface WordReading {
  reading: FormReading;
  proclitics: string;
}

export interface ModalityCue {
  cls: string;
  where: 'before' | 'after' | 'clause' | 'sentence';
  window: number;
  words: string[];
  /** Trigger types the cue applies to, or null for all. */
  types: Set<string> | null;
  /** Line order in modality.tsv: the first cue that applies decides. */
  order: number;
}

export interface Lexicon {
  entries: TriggerEntry[];
  /** surface form → readings (a form can belong to several entries). */
  forms: Map<string, FormReading[]>;
  /** support-verb surface form → tense. */
  light: Map<string, Tense>;
  cues: ModalityCue[];
}

const TYPE_NAMES = new Set<string>(EVENT_TYPES);

const PAST_SUFFIXES = ['', 'ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'تم', 'تما'];
const OBJECT_CLITICS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ني'];
// No 1st-person singular أ-: it is rare in reports and would collide with form-IV pasts (أطلق).
const PRESENT_PREFIXES = ['ي', 'ت', 'ن'];
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ن', 'ين', 'وا', 'ا'];
const POSSESSIVES = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'كم', 'ي'];

/** Past forms of a past stem: قصف → قصف، قصفت، قصفوا، قصفناه، قصفوه ... */
export function pastForms(stem: string): string[] {
  const out: string[] = [];
  for (const s of PAST_SUFFIXES) {
    out.push(stem + s);
    const host = s === 'وا' ? 'و' : s; // قتلوا + ه → قتلوه
    if (s === '' || s === 'ت' || s === 'وا' || s === 'نا' || s === 'تم')
      for (const c of OBJECT_CLITICS) out.push(stem + host + c);
  }
  return out;
}

/** Imperfect forms of a present stem (without the future سـ): قصف → يقصف، تقصفون، نقصفها ... */
export function presentForms(stem: string): string[] {
  const out: string[] = [];
  for (const p of PRESENT_PREFIXES) {
    for (const s of PRESENT_SUFFIXES) {
      out.push(p + stem + s);
      const host = s === 'وا' ? 'و' : s === 'ون' ? 'ون' : s;
      if (s === '' || s === 'وا' || s === 'ون' || s === 'ان')
        for (const c of OBJECT_CLITICS) out.push(p + stem + host + c);
    }
  }
  return out;
}

/** Noun forms: base, ال+base, tanwin alif, duals and possessives (ة becomes ت before suffixes). */
export function nounForms(base: string, singular: boolean): { form: string; definite: boolean }[] {
  const out: { form: string; definite: boolean }[] = [{ form: base, definite: base.startsWith('ال') }];
  if (base.startsWith('ال')) return out;
  out.push({ form: 'ال' + base, definite: true });
  const bound = base.endsWith('ه') ? base.slice(0, -1) + 'ت' : base;
  if (singular && !base.endsWith('ه') && !base.endsWith('ا') && !base.endsWith('ي'))
    out.push({ form: base + 'ا', definite: false });
  if (singular) {
    for (const d of ['ين', 'ان']) {
      out.push({ form: bound + d, definite: false });
      out.push({ form: 'ال' + bound + d, definite: true });
    }
  }
  if (base.endsWith('ات')) out.push({ form: base.slice(0, -2) + 'اتا', definite: false });
  for (const p of POSSESSIVES) out.push({ form: bound + p, definite: true });
  return out;
}

function splitList(s: string): string[] {
  return s
    .split(',')
    .map((w) => normalize(w.trim()))
    .filter((w) => w.length > 0 && w !== '-');
}

function addForm(map: Map<string, FormReading[]>, form: string, reading: FormReading): void {
  const list = map.get(form);
  if (!list) map.set(form, [reading]);
  else if (!list.some((r) => r.entry === reading.entry && r.tense === reading.tense)) list.push(reading);
}

function dataLines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** Builds a lexicon from the text of the three TSV files. */
export function buildLexicon(triggersTsv: string, lightTsv: string, modalityTsv: string): Lexicon {
  const entries: TriggerEntry[] = [];
  const forms = new Map<string, FormReading[]>();
  for (const cols of dataLines(triggersTsv)) {
    const [type, mode, kind, spec, weight, next, win, flags] = cols;
    if (!type || !(TYPE_NAMES.has(type) || kind === 'stop') || !kind || !spec)
      throw new Error(`triggers.tsv: bad line: ${cols.join('\t')}`);
    if (kind !== 'verb' && kind !== 'noun' && kind !== 'word' && kind !== 'stop')
      throw new Error(`triggers.tsv: bad kind ${kind}`);
    const entry: TriggerEntry = {
      id: entries.length,
      type: (kind === 'stop' ? 'ASSAULT' : type) as EventType,
      flags: new Set(flags && flags !== '-' ? flags.split(',').map((f) => f.trim()) : []),
      mode: mode && mode !== '-' ? mode : null,
      kind,
      weight: Number(weight ?? 1),
      next: next && next !== '-' ? splitList(next) : null,
      window: win && win !== '-' ? Number(win) : 2,
    };
    entries.push(entry);
    if (kind === 'verb') {
      const [past = '', present = ''] = spec.split('/');
      for (const stem of splitList(past))
        for (const f of pastForms(stem)) addForm(forms, f, { entry, tense: 'past', definite: false });
      for (const stem of splitList(present)) {
        for (const f of presentForms(stem)) {
          addForm(forms, f, { entry, tense: 'present', definite: false });
          addForm(forms, 'س' + f, { entry, tense: 'future', definite: false });
        }
      }
    } else if (kind === 'noun') {
      const [sing = '', plur = ''] = spec.split('/');
      for (const b of splitList(sing))
        for (const f of nounForms(b, true))
          addForm(forms, f.form, { entry, tense: 'noun', definite: f.definite });
      for (const b of splitList(plur))
        for (const f of nounForms(b, false))
          addForm(forms, f.form, { entry, tense: 'noun', definite: f.definite });
    } else if (kind === 'stop') {
      for (const f of splitList(spec)) addForm(forms, f, { entry, tense: 'noun', definite: false });
    } else {
      for (const f of splitList(spec)) {
        // Written-out forms: an imperfect prefix marks the present, anything else is a past or passive.
        const tense: Tense =
          /^[يت]/.test(f) && f.length > 3 && !/^(تصد|تلق|توصل|تعاون|تعدى)/.test(f) ? 'present' : 'past';
        addForm(forms, f, { entry, tense, definite: false });
        if (tense === 'present') addForm(forms, 'س' + f, { entry, tense: 'future', definite: false });
      }
    }
  }
  const light = new Map<string, Tense>();
  for (const cols of dataLines(lightTsv)) {
    const [past = '', present = ''] = (cols[0] ?? '').split('/');
    for (const stem of splitList(past))
      for (const f of pastForms(stem)) if (!light.has(f)) light.set(f, 'past');
    for (const stem of splitList(present)) {
      for (const f of presentForms(stem)) {
        if (!light.has(f)) light.set(f, 'present');
        light.set('س' + f, 'future');
      }
    }
  }
  const cues: ModalityCue[] = [];
  for (const cols of dataLines(modalityTsv)) {
    const [cls, where, window, cue, types] = cols;
    if (
      !cls ||
      !cue ||
      (where !== 'before' && where !== 'after' && where !== 'clause' && where !== 'sentence')
    )
      throw new Error(`modality.tsv: bad line: ${cols.join('\t')}`);
    cues.push({
      cls,
      where,
      window: Number(window),
      words: cue.split(/\s+/).map((w) => (w.endsWith('*') ? normalize(w.slice(0, -1)) + '*' : normalize(w))),
      types: types && types.trim() ? new Set(types.split(',').map((t) => t.trim())) : null,
      order: cues.length,
    });
  }
  return { entries, forms, light, cues };
}

/** data/events of the package. */
export function dataDir(): string {
  return dataPath('events');
}

let cached: Lexicon | null = null;

/** The lexicon of data/events, loaded once. */
export function defaultLexicon(): Lexicon {
  if (!cached) {
    const d = dataDir();
    cached = buildLexicon(
      readFileSync(join(d, 'triggers.tsv'), 'utf8'),
      readFileSync(join(d, 'light_verbs.tsv'), 'utf8'),
      readFileSync(join(d, 'modality.tsv'), 'utf8'),
    );
  }
  return cached;
}
