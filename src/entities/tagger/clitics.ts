/**
 * A conservative proclitic splitter for tagger features (not a morphological analyser): it peels
 * the conjunction و/ف, then one preposition ب/ل/ك, then the article ال (or the لل that ل+ال
 * becomes), each only while a stem of at least `MIN_STEM` letters remains. A wrong split only adds
 * a misleading feature beside the unsplit word, so it is tried greedily rather than with a lexicon.
 * Input is expected in the matching normalisation of src/text/normalize.ts.
 */

const MIN_STEM = 3;

export interface CliticSplit {
  /** The peeled proclitics in order, e.g. 'و+ال'; '' when nothing was peeled. */
  prefix: string;
  /** The word without them. */
  stem: string;
}

function peel(word: string, clitic: string, parts: string[]): string {
  if (word.startsWith(clitic) && word.length - clitic.length >= MIN_STEM) {
    parts.push(clitic);
    return word.slice(clitic.length);
  }
  return word;
}

export function splitProclitics(word: string): CliticSplit {
  const parts: string[] = [];
  let rest = word;
  // و and ف are both conjunctions; at most one of them opens a word.
  const afterConj = peel(rest, 'و', parts);
  rest = afterConj === rest ? peel(rest, 'ف', parts) : afterConj;
  // لل is ل + ال with the alef dropped: peel it as one unit before trying ل alone.
  if (rest.startsWith('لل') && rest.length - 2 >= MIN_STEM) {
    parts.push('ل', 'ال');
    rest = rest.slice(2);
  } else {
    const beforePrep = rest;
    for (const prep of ['ب', 'ل', 'ك']) {
      rest = peel(rest, prep, parts);
      if (rest !== beforePrep) break;
    }
    rest = peel(rest, 'ال', parts);
  }
  return { prefix: parts.join('+'), stem: rest };
}
