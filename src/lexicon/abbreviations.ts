/**
 * Abbreviations that end in a full stop without ending a sentence
 * ("Mr. Putin", "Sen. Cruz", "Jan. 5", "U.S. officials"). Lower case, no dot.
 */
/** Titles before names: their full stop never ends a sentence ("Sen. Cruz"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'col',
  'gen', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'fr', 'st',
  'pres', 'supt', 'atty', 'hon', 'messrs', 'mmes', 'msgr', 'amb', 'sec', 'gens',
]);

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  'sr', 'jr',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // US states in AP style
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
  'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
  // other
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'bros',
  'approx', 'est', 'fig', 'al', 'ave', 'blvd', 'mt', 'ft', 'vol', 'ed', 'eds', 'op', 'cf',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'u.s.a',
]);

/**
 * Words that open a sentence and seldom follow an abbreviation inside one: after
 * "7 p.m.", "the U.S." or "Calif.", a capitalised one of these starts a new
 * sentence ("… at 7 p.m. He says …"). Not after a title ("Sen."), which a name follows.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'this', 'that', 'these', 'those', 'but', 'and',
  'his', 'her', 'their', 'our', 'its', 'there', 'when', 'after', 'if', 'so', 'yet', 'what', 'why', 'how',
]);

