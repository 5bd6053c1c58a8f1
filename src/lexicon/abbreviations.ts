/**
 * Abbreviations that end in a full stop without ending a sentence
 * ("Mr. Putin", "Sen. Cruz", "Jan. 5", "U.S. officials"). Lower case, no dot.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'col',
  'gen', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'rev', 'fr', 'sr', 'jr', 'st',
  'pres', 'supt', 'atty', 'hon', 'messrs', 'mmes', 'msgr', 'amb', 'sec', 'gens',
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
