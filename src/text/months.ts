/**
 * Gregorian month names as written in Arabic news, in matching form (normalize()): the Egyptian
 * and Gulf names from the Latin ones, the Maghrebi ones (جانفي، غشت، دجنبر …) and the Levantine
 * and Iraqi (Syriac) ones. The two-word Levantine names come first, so that a pattern built from
 * this list in order tries them before their one-word parts.
 */
export const GREGORIAN_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['كانون الثاني', 1],
  ['تشرين الاول', 10],
  ['تشرين الثاني', 11],
  ['كانون الاول', 12],
  ['يناير', 1],
  ['جانفي', 1],
  ['فبراير', 2],
  ['فيفري', 2],
  ['شباط', 2],
  ['مارس', 3],
  ['اذار', 3],
  ['ابريل', 4],
  ['افريل', 4],
  ['نيسان', 4],
  ['مايو', 5],
  ['ماي', 5],
  ['ايار', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['جوان', 6],
  ['حزيران', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['جويليه', 7],
  ['تموز', 7],
  ['اغسطس', 8],
  ['اوت', 8],
  ['غشت', 8],
  ['اب', 8],
  ['سبتمبر', 9],
  ['ايلول', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  ['دجنبر', 12],
];
