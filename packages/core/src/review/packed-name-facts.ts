import type { NameMeasure } from './name-measures';
import type { NameCategory, NameDirection, NameFacts, NameKind, OutputCategory } from './name-facts';

type BooleanFact = { [K in keyof NameFacts]: NameFacts[K] extends boolean ? K : never }[keyof NameFacts];

// Every yes/no fact of a name; the compiler rejects this table when NameFacts gains or loses one.
const FLAGS: Record<BooleanFact, true> = {
  satisfaction: true,
  highRate: true,
  change: true,
  benefitHint: true,
  satisfactionLike: true,
  activity: true,
  approval: true,
  rating: true,
  spending: true,
  amountLevel: true,
  gain: true,
  timeTaken: true,
  overdue: true,
  fall: true,
  statesCount: true,
  yesNo: true,
  absence: true,
  task: true,
  ratio: true,
  perCapitaMoney: true,
  people: true,
  allocation: true,
  costName: true,
  earning: true,
  income: true,
  dimensionless: true,
  floorRate: true,
  works: true,
  capacity: true,
  largeGood: true,
  graded: true,
  outcome: true,
  useRate: true,
  countWord: true,
  headRatio: true,
  transfer: true,
  rank: true,
  drawnIn: true,
  ownSpend: true,
  capped: true,
  impact: true,
  reachesPlaces: true,
  coefficient: true,
  spanCount: true,
  coverage: true,
  entity: true,
  acquired: true,
};
const BOOLEAN_FACTS = Object.keys(FLAGS) as BooleanFact[];
// Bits per word: 30 keeps each word a small integer, which V8 stores inline in the object.
const WORD_BITS = 30;

const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom');
// The keys of the plain facts as computed, in their order; taken from the first facts packed.
let KEY_ORDER: readonly string[] = [];

/**
 * A name's facts with its yes/no facts packed into two integers. The checks read a dozen facts of every row from an object
 * made when the name was first seen, and thousands of names are in use: 46 booleans spelled as properties spread one object
 * over eight cache lines; packed it takes two, so the facts of the names in use stay in the core's own cache.
 */
class PackedNameFacts {
  constructor(
    readonly core: string,
    readonly plainCore: string,
    readonly kind: NameKind,
    readonly direction: NameDirection,
    readonly category: NameCategory,
    readonly output: OutputCategory,
    readonly measure: NameMeasure,
    readonly unitInName: string | null,
    readonly satisfactionFloor: number | null,
    readonly joinedMeasure: 'count' | 'amount' | null,
    readonly low: number,
    readonly high: number,
  ) {}

  /** The plain facts, keys in the order classifyName has always given them (JSON, rules-diff, test output). */
  toJSON(): NameFacts {
    const plain: Record<string, unknown> = {};
    const self = this as unknown as Record<string, unknown>;
    for (const key of KEY_ORDER) plain[key] = self[key];
    return plain as unknown as NameFacts;
  }

  /** How Node's console.log and util.inspect show it: as the plain facts (the symbol is registered, no import). */
  [INSPECT](): NameFacts {
    return this.toJSON();
  }
}


// Each yes/no fact is a getter on the prototype: a reader asks facts.satisfaction as before, and the optimizing
// compiler inlines the getter (one map for every facts object) into a load and a bit test.
BOOLEAN_FACTS.forEach((name, k) => {
  const mask = 1 << (k % WORD_BITS);
  const get = k < WORD_BITS
    ? function low(this: PackedNameFacts): boolean { return (this.low & mask) !== 0; }
    : function high(this: PackedNameFacts): boolean { return (this.high & mask) !== 0; };
  Object.defineProperty(PackedNameFacts.prototype, name, { get, enumerable: true, configurable: false });
});

/** The same facts, packed (see PackedNameFacts); read exactly like the plain object. */
export function packNameFacts(f: NameFacts): NameFacts {
  if (KEY_ORDER.length === 0) KEY_ORDER = Object.keys(f);
  let low = 0;
  let high = 0;
  for (let k = 0; k < BOOLEAN_FACTS.length; k++) {
    if (!f[BOOLEAN_FACTS[k]!]) continue;
    if (k < WORD_BITS) low |= 1 << k;
    else high |= 1 << (k - WORD_BITS);
  }
  return new PackedNameFacts(
    f.core, f.plainCore, f.kind, f.direction, f.category, f.output, f.measure, f.unitInName, f.satisfactionFloor, f.joinedMeasure, low, high,
  ) as unknown as NameFacts;
}
