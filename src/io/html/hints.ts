/**
 * Language-independent and language-specific hints: which class/id names mark boilerplate or
 * content, which short lines are boilerplate phrases (English and Arabic), and stop words,
 * whose density tells running prose from lists of names and labels.
 */

/** Elements that never hold article text. */
export const NEVER_CONTENT = new Set([
  'head',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'label',
  'nav',
  'menu',
  'dialog',
]);

/** Elements that are page furniture unless they hold most of the page's text. */
export const FURNITURE = new Set(['aside', 'footer', 'header', 'form', 'figcaption']);

/** Class/id words of boilerplate containers. Matched against lower-cased "class id". */
const BOILERPLATE_HINT = new RegExp(
  [
    '(?:^|[\\s_-])(?:ads?|adv|advert\\w*|banner|dateline|kicker|tags?|topics|keywords|meta|timestamp|date|time|author|share|print|email|hidden|sr-only|visually-hidden|screen-reader-text|video|photo|gallery|header|copyright)(?:$|[\\s_-])',
    'caption|credit|byline|share|sharing|social|related|recommend|comment|newsletter|subscri|signup|sign-up|promo|sponsor',
    'sidebar|widget|footer|masthead|navbar|navigation|menu|breadcrumb|cookie|consent|gdpr|popup|modal',
    'outbrain|taboola|disqus|pagination|pager|toolbar|trending|most-?read|most-?popular|more-?stories',
    'read-?more|read-?next|up-?next|author-?bio|bio-?box|jump-?link|skip-?link|inline-?ad|ad-?slot|ad-?unit',
    'ad-?container|ad-?wrapper|advertisement|dfp|paywall|signin|login|figcaption|wp-caption',
  ].join('|'),
);

/** Class/id words of content containers. */
const CONTENT_HINT =
  /article|story|entry|post-?body|post-?content|content|main|text|body|prose|rich-?text|detail|news/;

export function isBoilerplateHint(hint: string): boolean {
  return hint.length > 0 && BOILERPLATE_HINT.test(hint);
}

export function isContentHint(hint: string): boolean {
  return hint.length > 0 && CONTENT_HINT.test(hint);
}

/** Hidden by the page itself. */
export function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if (attrs['aria-hidden'] === 'true') return true;
  const style = attrs['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Lines that are boilerplate when they are short: labels, calls to share, follow or subscribe,
 * bylines, credits. Only a short whole line is judged, so that "By Tuesday, officials said..."
 * or "شارك الرئيس في القمة" (the president took part in the summit) stay.
 */
const SHORT_BOILERPLATE = new RegExp(
  [
    // English labels that do not open sentences
    '^(?:advertisement|advertising|sponsored content|skip advert\\w*|story continues below|continue reading|' +
      'share (?:this|on|via)|follow us|sign up|click here|getty images|image copyright|image caption|media caption|' +
      'copyright|all rights reserved|©|\\(c\\)|posted by|last updated|filed under|more from|related (?:news|stories|articles|content|coverage)|' +
      '(?:photo|image|slide|picture) \\d+ (?:of|/) \\d+|(?:published|updated|posted)(?: on| at)? (?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))(?:[\\s:.!,|-]|$)',
    // English words that also open sentences ("Share prices rose", "Video shows..."): only
    // alone or before a colon or bar.
    '^(?:advert|ad|sponsored|share|follow|subscribe|photo|image|video|watch|listen|credit|published|updated|' +
      'tags?|topics?|comments?|print|email|recommended|related)\\s*(?:[:|]|[.!]?$)',
    // Arabic labels that are never the start of a sentence: تابعونا، جميع الحقوق محفوظة، ذات صلة...
    '^(?:تابعونا|جميع الحقوق محفوظة|حقوق النشر|الكلمات (?:المفتاحية|الدالة)|وسوم|كلمات مفتاحية|نشر في|آخر تحديث|' +
      'تاريخ النشر|الأكثر (?:قراءة|مشاهدة)|(?:مواضيع|[اأ]خبار|مقالات) ذات صلة|ذات صلة)(?:[\\s:.!،|-]|$)',
    // Verbs and nouns that also start news sentences (شارك "took part", إعلان "announcement",
    // المصدر "the source"): boilerplate only alone, before a colon, or pointing to a platform.
    '^(?:شارك(?:ها|وا)?|مشاركة|تابعوا|[اإ]شترك|[اإ]علان|المصدر)(?:\\s*[:.!]?$|\\s*:|' +
      '\\s+(?:على|عبر|في)\\s+(?:فيسبوك|فيس بوك|تويتر|واتساب|تيليجرام|تلغرام|يوتيوب|انستغرام|إنستغرام|لينكدإن|الشبكات|مواقع التواصل))',
  ].join('|'),
  'iu',
);
const SHORT_LINE = 60;
const BYLINE = /^(?:(?:By|BY|Por|Par|Von) \p{Lu}|(?:بقلم\s*:?|كتبت?\s*:)\s*\p{L})/u;

/** Teaser lines pointing to other articles: "Read more: ...", "اقرأ أيضا: ...". */
const TEASER =
  /^(?:read (?:more|also|next)|see also|also read|related|recommended|more|watch|listen|[اإ]قر[أا] (?:[اأ]يضا|[اأ]يضاً|المزيد)|شاهد (?:[اأ]يضا|[اأ]يضاً)|طالع (?:[اأ]يضا|[اأ]يضاً)|[اأ]خبار ذات صلة)\s*[:：\-–—]/iu;
const TEASER_LINE = 200;

/** Photo credits and agency labels inside a short line ("Natalie Naccache | Bloomberg | Getty Images"). */
const CREDIT =
  /getty images|shutterstock|ap photo|\/afp|\/reuters|\bphoto(?:graph)?:|\bimage:|\bcredit:|\bcourtesy of\b|صورة:|تصوير:|\(الصورة/iu;

/**
 * Closing calls to action: follow the author, subscribe, write in. Judged only at the end of
 * the text, since "sign up" or "subscribe" can be news.
 */
const CALL_TO_ACTION =
  /\b(?:follow (?:us|him|her|them|me)\b|subscribe\b|sign up\b|newsletters?\b|join our\b|click here\b|email (?:him|her|us|me)\b|(?:may|can) be reached at\b|have a tip\b|send us\b)|تابعونا|تابعوا|[اإ]شترك|النشرة البريدية|للاشتراك/iu;

export function isCallToAction(text: string): boolean {
  return text.length <= 300 && CALL_TO_ACTION.test(text);
}

export function isBoilerplateLine(text: string): boolean {
  const line = text.replace(/^[\s\p{P}\p{S}]+/u, '');
  if (text.length <= SHORT_LINE && (SHORT_BOILERPLATE.test(line) || BYLINE.test(line) || CREDIT.test(line)))
    return true;
  if (text.length <= SHORT_LINE && /^(?:[اإ]قر[أا]|شاهد|طالع) ([اأ]يضا|[اأ]يضاً)/u.test(line)) return true;
  return text.length <= TEASER_LINE && TEASER.test(line);
}

const ENGLISH_STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just more most my ' +
    'no nor not now of off on once only or other our ours out over own said same she should so some such ' +
    'than that the their theirs them then there these they this those through to too under until up very ' +
    "was we were what when where which while who whom why will with would you your says say told who's " +
    "it's that's there's he's she's they're we're don't didn't doesn't isn't wasn't can't won't"
  ).split(' '),
);

const ARABIC_STOP = new Set(
  (
    'في من على إلى الى عن مع أن ان إن لا ما لم لن قد كان كانت هذا هذه ذلك تلك التي الذي الذين هو هي هم ' +
    'بين بعد قبل حتى أو او ثم كل بعض عند منذ خلال حول ضد أي اي إذا اذا لكن كما أيضا ايضا وقال قال وأضاف ' +
    'وأكد وفي ومن وعلى وإلى والى وأن وان وهو وهي وقد وكان وكانت وذلك ولا ولم فيها فيه منها منه عليها عليه ' +
    'إنه انه أنه بأن لأن إلا الا غير دون يكون تكون حيث لها له لهم به بها التى عليهم إليه اليه'
  ).split(' '),
);

/** Share of words that are stop words of either language: high for prose, low for labels. */
export function stopWordDensity(words: string[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) {
    const lw = w.toLowerCase();
    if (ENGLISH_STOP.has(lw) || ARABIC_STOP.has(w)) n++;
  }
  return n / words.length;
}
