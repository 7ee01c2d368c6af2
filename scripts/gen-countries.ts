/**
 * Generates data/gazetteer/iso3166.tsv, countries.tsv and nationalities.tsv.
 * Country names are seeded from Unicode CLDR through Node's Intl.DisplayNames (Arabic and
 * English) and completed with the hand-written variants and nationality adjectives below.
 *
 *   node --import tsx scripts/gen-countries.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gazetteer');

/**
 * alpha-2 alpha-3 ; canonical Arabic ('-' = CLDR's) ; Arabic variants ; nationality stems
 * (masculine singular nisba, words of a multi-word adjective joined by a space) ; irregular
 * plural forms ; English name ('-' = CLDR's).
 */
const TABLE = `
AD AND;-;;أندوري;;
AE ARE;الإمارات;الإمارات العربية المتحدة|دولة الإمارات|دولة الإمارات العربية المتحدة|الامارات;إماراتي;;United Arab Emirates
AF AFG;-;جمهورية أفغانستان|افغانستان;أفغاني|أفغانستاني;أفغان;
AG ATG;-;;;;Antigua and Barbuda
AI AIA;-;;;;
AL ALB;-;;ألباني;;
AM ARM;-;أرمينية|جمهورية أرمينيا;أرميني;أرمن;
AO AGO;-;أنجولا;أنغولي|أنجولي;;
AQ ATA;-;القارة القطبية الجنوبية;;;
AR ARG;-;;أرجنتيني;;
AS ASM;-;;;;
AT AUT;-;;نمساوي;;
AU AUS;-;استراليا;أسترالي|استرالي;;
AW ABW;-;;;;
AX ALA;-;;;;
AZ AZE;-;جمهورية أذربيجان;أذربيجاني|أذري;;
BA BIH;-;البوسنة|البوسنة و الهرسك;بوسني;;Bosnia and Herzegovina
BB BRB;-;باربادوس;;;
BD BGD;-;بنجلاديش|بنغلادش;بنغلاديشي|بنجلاديشي;;
BE BEL;-;;بلجيكي;;
BF BFA;-;;بوركيني;;
BG BGR;-;;بلغاري;;
BH BHR;-;مملكة البحرين;بحريني;;
BI BDI;-;;بوروندي;;
BJ BEN;-;;بنيني;;
BL BLM;-;;;;Saint Barthélemy
BM BMU;-;;;;
BN BRN;-;بروناي دار السلام;;;
BO BOL;-;;بوليفي;;
BQ BES;-;;;;
BR BRA;-;;برازيلي;;
BS BHS;-;البهاما;;;
BT BTN;-;;;;
BV BVT;-;;;;
BW BWA;-;;;;
BY BLR;-;روسيا البيضاء|بيلاروسيا;بيلاروسي;;
BZ BLZ;-;;;;
CA CAN;-;;كندي;;
CC CCK;-;;;;
CD COD;جمهورية الكونغو الديمقراطية;الكونغو الديمقراطية|الكونغو كينشاسا|الكونغو - كينشاسا|الكونغو|زائير;كونغولي;;Democratic Republic of the Congo
CF CAF;-;أفريقيا الوسطى|إفريقيا الوسطى|جمهورية إفريقيا الوسطى;;;
CG COG;جمهورية الكونغو;الكونغو برازافيل|الكونغو - برازافيل;;;Republic of the Congo
CH CHE;-;;سويسري;;
CI CIV;-;كوت ديفوار;إيفواري;;Côte d'Ivoire
CK COK;-;;;;
CL CHL;-;تشيلى;;;
CM CMR;-;;كاميروني;;
CN CHN;-;جمهورية الصين الشعبية|الصين الشعبية;صيني;;
CO COL;-;;كولومبي;;
CR CRI;-;كوستا ريكا;;;
CU CUB;-;;كوبي;;
CV CPV;-;كاب فيردي;;;
CW CUW;-;;;;
CX CXR;-;;;;
CY CYP;-;;قبرصي;;
CZ CZE;-;جمهورية التشيك|تشيكيا|التشيك;تشيكي;;Czech Republic
DE DEU;-;جمهورية ألمانيا الاتحادية|المانيا;ألماني;ألمان;
DJ DJI;-;;;;
DK DNK;الدنمارك;الدانمارك|الدانمرك|الدنمرك;دنماركي|دانماركي|دنمركي;;
DM DMA;-;;;;
DO DOM;-;الدومينيكان;دومينيكاني;;
DZ DZA;-;الجمهورية الجزائرية;جزائري;;
EC ECU;-;;إكوادوري;;
EE EST;-;استونيا;إستوني;;
EG EGY;-;جمهورية مصر العربية|مصر العربية;مصري;;
EH ESH;-;;;;
ER ERI;-;إرتيريا|أريتريا;إريتري|إرتيري;;
ES ESP;-;اسبانيا|أسبانيا;إسباني|اسباني;;
ET ETH;-;أثيوبيا|اثيوبيا;إثيوبي|أثيوبي;;
FI FIN;-;فنلنده;فنلندي;;
FJ FJI;-;;;;
FK FLK;-;جزر مالفيناس;;;
FM FSM;-;;;;
FO FRO;-;;;;
FR FRA;-;الجمهورية الفرنسية;فرنسي;;
GA GAB;-;الجابون;غابوني;;
GB GBR;-;بريطانيا|بريطانيا العظمى|إنجلترا|انجلترا|إنكلترا|انكلترا|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية;بريطاني|إنجليزي|إنكليزي;إنجليز|إنكليز|انجليز|انكليز;
GD GRD;-;;;;
GE GEO;-;;جورجي;;
GF GUF;-;;;;
GG GGY;-;;;;
GH GHA;-;;غاني;;
GI GIB;-;;;;
GL GRL;-;جرينلاند;;;
GM GMB;-;;غامبي;;
GN GIN;-;جمهورية غينيا;غيني;;
GP GLP;-;;;;
GQ GNQ;-;;;;
GR GRC;-;;يوناني;;
GS SGS;-;;;;South Georgia and the South Sandwich Islands
GT GTM;-;جواتيمالا;غواتيمالي;;
GU GUM;-;;;;
GW GNB;-;غينيا-بيساو;;;
GY GUY;-;;;;
HK HKG;هونغ كونغ;هونغ كونغ الصينية (منطقة إدارية خاصة)|هونج كونج|هونغ كونج;;;Hong Kong
HM HMD;-;;;;Heard Island and McDonald Islands
HN HND;-;;هندوراسي;;
HR HRV;-;;كرواتي;;
HT HTI;-;;هايتي;;
HU HUN;المجر;هنغاريا|هنجاريا;هنغاري;;
ID IDN;-;اندونيسيا;إندونيسي|اندونيسي;;
IE IRL;-;إيرلندا|ايرلندا|جمهورية أيرلندا;أيرلندي|إيرلندي;;
IL ISR;-;دولة إسرائيل|اسرائيل|الكيان الصهيوني|الكيان الإسرائيلي;إسرائيلي|صهيوني;;
IM IMN;-;;;;
IN IND;-;جمهورية الهند;هندي;هنود;
IO IOT;-;;;;
IQ IRQ;-;جمهورية العراق|بلاد الرافدين;عراقي;;
IR IRN;-;ايران|الجمهورية الإسلامية الإيرانية|الجمهورية الإسلامية في إيران|جمهورية إيران الإسلامية;إيراني;;
IS ISL;-;أيسلندا|ايسلندا;آيسلندي|أيسلندي;;
IT ITA;-;ايطاليا;إيطالي;;
JE JEY;-;;;;
JM JAM;-;;جامايكي;;
JO JOR;-;المملكة الأردنية الهاشمية|المملكة الأردنية;أردني;;
JP JPN;-;;ياباني;;
KE KEN;-;;كيني;;
KG KGZ;-;قرغيزستان|قرغيزيا;قرغيزي|قيرغيزي;;
KH KHM;-;;كمبودي;;
KI KIR;-;;;;
KM COM;-;جمهورية القمر المتحدة;;;
KN KNA;-;;;;Saint Kitts and Nevis
KP PRK;-;كوريا الديمقراطية|جمهورية كوريا الديمقراطية الشعبية;كوري شمالي;;
KR KOR;-;جمهورية كوريا|كوريا;كوري جنوبي;;
KW KWT;-;دولة الكويت;كويتي;;
KY CYM;-;;;;
KZ KAZ;-;;كازاخستاني|كازاخي;;
LA LAO;-;;لاوسي;;
LB LBN;-;الجمهورية اللبنانية;لبناني;;
LC LCA;-;;;;Saint Lucia
LI LIE;-;;;;
LK LKA;-;سيريلانكا;سريلانكي;;
LR LBR;-;;ليبيري;;
LS LSO;-;;;;
LT LTU;-;لتوانيا;ليتواني;;
LU LUX;-;لوكسمبورج|لوكسمبرغ;;;
LV LVA;-;;لاتفي;;
LY LBY;-;دولة ليبيا;ليبي;;
MA MAR;-;المملكة المغربية;مغربي;مغاربة;
MC MCO;-;;;;
MD MDA;-;مولدافيا;مولدوفي;;
ME MNE;-;مونتينيغرو;;;
MF MAF;-;;;;Saint Martin
MG MDG;-;;;;
MH MHL;-;;;;
MK MKD;-;مقدونيا;مقدوني;;
ML MLI;-;جمهورية مالي;;;
MM MMR;ميانمار;ميانمار (بورما)|بورما|ماينمار;ميانماري|بورمي;;Myanmar
MN MNG;-;;منغولي;;
MO MAC;ماكاو;منطقة ماكاو الإدارية الخاصة;;;Macao
MP MNP;-;;;;
MQ MTQ;-;المارتينيك;;;
MR MRT;-;;موريتاني;;
MS MSR;-;;;;
MT MLT;-;;مالطي;;
MU MUS;-;موريشيوس;;;
MV MDV;-;المالديف;مالديفي;;
MW MWI;-;مالاوي;;;
MX MEX;-;;مكسيكي;;
MY MYS;-;;ماليزي;;
MZ MOZ;-;;موزمبيقي;;
NA NAM;-;;ناميبي;;
NC NCL;-;;;;
NE NER;-;;نيجري;;
NF NFK;-;;;;
NG NGA;-;;نيجيري;;
NI NIC;-;نيكاراجوا;;;
NL NLD;-;;هولندي;;
NO NOR;-;;نرويجي;;
NP NPL;-;;نيبالي;;
NR NRU;-;;;;
NU NIU;-;;;;
NZ NZL;-;نيوزيلاندا;نيوزيلندي;;
OM OMN;-;سلطنة عمان|سلطنة عُمان;عماني;;
PA PAN;-;باناما;بنمي;;
PE PER;-;;بيروفي;;
PF PYF;-;;;;
PG PNG;-;;;;
PH PHL;-;الفليبين;فلبيني|فليبيني;;
PK PAK;-;جمهورية باكستان الإسلامية;باكستاني;;
PL POL;-;بولونيا;بولندي;;
PM SPM;-;;;;Saint Pierre and Miquelon
PN PCN;-;;;;
PR PRI;-;بورتو ريكو;;;
PS PSE;فلسطين;الأراضي الفلسطينية|دولة فلسطين|الأراضي الفلسطينية المحتلة|الأراضي المحتلة;فلسطيني;;Palestine
PT PRT;-;;برتغالي;;
PW PLW;-;;;;
PY PRY;-;باراجواي;;;
QA QAT;-;دولة قطر;قطري;;
RE REU;-;;;;Réunion
RO ROU;-;;روماني;;
RS SRB;-;;صربي;صرب;
RU RUS;-;روسيا الاتحادية|الاتحاد الروسي;روسي;روس;
RW RWA;-;;رواندي;;
SA SAU;السعودية;المملكة العربية السعودية|المملكة السعودية|السعوديه;سعودي;;Saudi Arabia
SB SLB;-;;;;
SC SYC;-;سيشيل;;;
SD SDN;-;جمهورية السودان;سوداني;;
SE SWE;-;;سويدي;;
SG SGP;-;;سنغافوري;;
SH SHN;-;;;;Saint Helena
SI SVN;-;;سلوفيني;;
SJ SJM;-;;;;Svalbard and Jan Mayen
SK SVK;-;;سلوفاكي;;
SL SLE;-;;سيراليوني;;
SM SMR;-;;;;
SN SEN;-;;سنغالي;;
SO SOM;-;جمهورية الصومال الفيدرالية;صومالي;;
SR SUR;-;;;;
SS SSD;-;دولة جنوب السودان;;;
ST STP;-;;;;São Tomé and Príncipe
SV SLV;-;;سلفادوري;;
SX SXM;-;;;;
SY SYR;-;سورية|الجمهورية العربية السورية;سوري;;
SZ SWZ;-;سوازيلاند|سوازيلند;;;
TC TCA;-;;;;Turks and Caicos Islands
TD TCD;-;;تشادي;;
TF ATF;-;;;;
TG TGO;-;توجو;توغولي;;
TH THA;-;تايلندا|تايلند;تايلاندي;;
TJ TJK;-;طاجكستان;طاجيكي|طاجيكستاني;;
TK TKL;-;;;;
TL TLS;تيمور الشرقية;تيمور - ليشتي|تيمور ليشتي;;;Timor-Leste
TM TKM;-;;تركمانستاني;;
TN TUN;-;الجمهورية التونسية;تونسي;;
TO TON;-;;;;
TR TUR;-;الجمهورية التركية;تركي;أتراك;Turkey
TT TTO;-;;;;Trinidad and Tobago
TV TUV;-;;;;
TW TWN;-;;تايواني;;
TZ TZA;-;;تنزاني;;
UA UKR;-;اوكرانيا;أوكراني|اوكراني;;
UG UGA;-;;أوغندي;;
UM UMI;-;;;;United States Minor Outlying Islands
US USA;-;الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|الولايات الأمريكية|الولايات الأميركية;أمريكي|أميركي;أمريكان|أميركان;
UY URY;-;الأوروغواي|الأوروجواي;أوروغوايي;;
UZ UZB;-;;أوزبكي|أوزبكستاني;;
VA VAT;-;دولة الفاتيكان|الكرسي الرسولي|حاضرة الفاتيكان;فاتيكاني;;Vatican City
VC VCT;-;;;;Saint Vincent and the Grenadines
VE VEN;-;;فنزويلي;;
VG VGB;-;;;;
VI VIR;-;;;;U.S. Virgin Islands
VN VNM;-;فيتنام|فييتنام;فيتنامي;;
VU VUT;-;;;;
WF WLF;-;;;;Wallis and Futuna
WS WSM;-;;;;
XK XKX;-;جمهورية كوسوفو;كوسوفي;;
YE YEM;-;الجمهورية اليمنية;يمني;;
YT MYT;-;;;;
ZA ZAF;-;جنوب إفريقيا|جنوب افريقيا;;;
ZM ZMB;-;;زامبي;;
ZW ZWE;-;;زيمبابوي;;
`;

/** Adjective forms never listed because they are common words or collide with names. */
const SKIP_FORMS = new Set([
  'مالي',
  'المالي',
  'مالية',
  'المالية',
  'الماليين',
  'الماليون',
  'ماليين',
  'ماليون',
  'ماليات',
]);

const arDn = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
const enDn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function slug(en: string): string {
  return en
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function cleanEn(en: string): string {
  return en
    .replace(/ & /g, ' and ')
    .replace(/^St\. /, 'Saint ')
    .replace(/ SAR China$/, '');
}

/** The inflected forms of one nisba word, slot by slot: masc, fem, plurals, duals. */
function inflectWord(w: string): string[] {
  return [w, w + 'ة', w + 'ون', w + 'ين', w + 'ان', w + 'تان', w + 'تين', w + 'ات'];
}

/** All forms of a (possibly multi-word) adjective, each word in the same slot, with and without ال. */
function adjectiveForms(stem: string): string[] {
  const slots = stem.split(' ').map(inflectWord);
  const out: string[] = [];
  for (let s = 0; s < slots[0]!.length; s++) {
    out.push(slots.map((w) => w[s]!).join(' '), slots.map((w) => 'ال' + w[s]!).join(' '));
  }
  return out;
}

interface Row {
  a2: string;
  a3: string;
  ar: string;
  aliases: string[];
  en: string;
  adjectives: string[];
}

const rows: Row[] = [];
for (const line of TABLE.split('\n')) {
  if (!line.trim()) continue;
  const [codes, arCanon, variants, stems, plurals, enOver] = line.split(';');
  const [a2, a3] = codes!.split(' ') as [string, string];
  const cldrAr = arDn.of(a2);
  const cldrEn = enDn.of(a2);
  if (!cldrAr || !cldrEn) throw new Error(`no CLDR name for ${a2}`);
  const ar = arCanon && arCanon !== '-' ? arCanon : cldrAr;
  const en = enOver ? enOver : cleanEn(cldrEn);
  const aliases = [cldrAr, ...(variants ? variants.split('|') : [])].filter(
    (a, i, all) => a !== ar && all.indexOf(a) === i,
  );
  const adjectives: string[] = [];
  for (const stem of stems ? stems.split('|') : []) adjectives.push(...adjectiveForms(stem));
  for (const p of plurals ? plurals.split('|') : []) adjectives.push(p, 'ال' + p);
  rows.push({ a2, a3, ar, aliases, en, adjectives });
}

// Adjective forms that are also a country name (تشيلي, جيبوتي) are names, not adjectives.
const names = new Set(rows.flatMap((r) => [r.ar, ...r.aliases]));
const seenAdj = new Map<string, string>();
for (const r of rows) {
  r.adjectives = r.adjectives.filter((a, i, all) => {
    if (all.indexOf(a) !== i || names.has(a) || SKIP_FORMS.has(a)) return false;
    const prev = seenAdj.get(a);
    if (prev && prev !== r.a3) throw new Error(`adjective ${a} for ${prev} and ${r.a3}`);
    seenAdj.set(a, r.a3);
    return true;
  });
}

const HEADER = 'id\ttype\tar\taliases\ten\tcode\tsector\toffice\tfrom\tto';
const ids = new Set<string>();
const countryLines = rows.map((r) => {
  const id = 'loc:' + slug(r.en);
  if (ids.has(id)) throw new Error(`duplicate id ${id}`);
  ids.add(id);
  return [id, 'LOC', r.ar, r.aliases.join('|'), r.en, r.a3, '', '', '', ''].join('\t');
});
writeFileSync(join(OUT, 'countries.tsv'), HEADER + '\n' + countryLines.join('\n') + '\n');
writeFileSync(
  join(OUT, 'iso3166.tsv'),
  'alpha2\talpha3\ten\n' + rows.map((r) => `${r.a2}\t${r.a3}\t${r.en}`).join('\n') + '\n',
);
writeFileSync(
  join(OUT, 'nationalities.tsv'),
  'code\tadjectives\n' +
    rows
      .filter((r) => r.adjectives.length > 0)
      .map((r) => `${r.a3}\t${r.adjectives.join('|')}`)
      .join('\n') +
    '\n',
);
console.log(`countries: ${rows.length}, with adjectives: ${rows.filter((r) => r.adjectives.length).length}`);
