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
 *
 * Each kind of record has a root of its own (recordKind()): V8 sizes a
 * root's objects by the first few it makes (in-object slack tracking), and
 * one root for every kind was sized by a run's first records, three fields
 * long, so that every longer record kept its further fields in a separate
 * store (93,000 of them, 5.6 MB, on a 10 MB article).
 */

/** Records of one kind (quote spans, cues, speakers…), sharing hidden classes (see above). */
export interface RecordKind {
  /** `{ ...base, ...more }`. */
  extend<A extends object, B extends object>(base: A, more: B): Omit<A, keyof B> & B;
  /**
   * The object without its undefined fields, for a record with optional ones:
   * `defined({ name, kind, title: title || undefined, mention })` is
   * `{ name, kind, ...(title ? { title } : {}), mention }`, keys in the same order.
   */
  defined<T extends object>(fields: T): T;
}

/** A kind of record, with a root of its own. */
export function recordKind(): RecordKind {
  // its prototype is Object.prototype, so its objects are plain
  function Root(): void {}
  Root.prototype = Object.prototype;
  const empty = (): object => new (Root as unknown as new () => object)();
  return {
    extend: <A extends object, B extends object>(base: A, more: B): Omit<A, keyof B> & B => Object.assign(empty(), base, more),
    defined: <T extends object>(fields: T): T => {
      const out = empty() as T;
      for (const key of Object.keys(fields) as (keyof T)[]) if (fields[key] !== undefined) out[key] = fields[key];
      return out;
    },
  };
}
