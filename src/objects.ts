/**
 * Records built from parts with shared hidden classes.
 *
 * On Node 20 (V8 11.3), once compromise has loaded its lexicon (it fills
 * plain objects keyed by words), a plain object that gets a property after
 * it is made (`{}` then a store, Object.assign onto `{}`, a spread followed
 * by a property the source lacks, `{ ...span, learned }`) is given a hidden
 * class of its own: the common root of those classes holds as many
 * transitions as V8 keeps, and a new one is no longer remembered. Measured
 * on a 10 MB article: 44,000 hidden classes (about 14 MB of maps,
 * descriptors and property stores), one for nearly every quote span, cue
 * and speaker; and every stage reading them met a new class each time.
 *
 * The records made here start from a root of their own instead. To any
 * reader they are plain objects (their prototype is Object.prototype), and
 * their keys come in the same order as the spread's, so the output is the same.
 */

/** The root of the records' hidden classes; its prototype is Object.prototype, so its objects are plain. */
function Root(): void {}
Root.prototype = Object.prototype;
const empty = (): object => new (Root as unknown as new () => object)();

/** `{ ...base, ...more }`, sharing hidden classes (see above). */
export function extend<A extends object, B extends object>(base: A, more: B): Omit<A, keyof B> & B {
  return Object.assign(empty(), base, more);
}

/**
 * The object without its undefined fields, for a record with optional ones:
 * `defined({ name, kind, title: title || undefined, mention })` is
 * `{ name, kind, ...(title ? { title } : {}), mention }`, keys in the same
 * order, sharing hidden classes (see above).
 */
export function defined<T extends object>(fields: T): T {
  const out = empty() as T;
  for (const key of Object.keys(fields) as (keyof T)[]) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}
