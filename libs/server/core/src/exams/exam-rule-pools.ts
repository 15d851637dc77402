/**
 * The questions each rule of an exam can draw, when several rules share questions. Categories form a tree,
 * so two rules' pools are either nested (a category and its subcategory, or the whole bank) or apart. Rules
 * are drawn most specific first, then in their order: a subcategory's rule takes its questions before its
 * parent's rule picks among what is left, which is the order that lets the union supply every rule whenever
 * any order can. Attempts draw in this same order (`ruleDrawOrder`).
 */

export interface RulePool {
  /** The category's path segments; null: the whole bank. */
  segments: readonly string[] | null;
  /** How many questions the rule asks for. */
  count: number;
  /** How many usable questions its category (with its subcategories) holds. */
  usable: number;
}

export interface RuleAvailability {
  /** How many questions this rule can still draw once the rules drawn before it took theirs. */
  available: number;
  /** How many of its category's questions the rules drawn before it take. */
  taken: number;
}

/** Whether every question of `inner`'s pool is in `outer`'s. */
export function poolContains(outer: readonly string[] | null, inner: readonly string[] | null): boolean {
  if (outer === null) return true;
  if (inner === null || inner.length < outer.length) return false;
  return outer.every((segment, index) => inner[index] === segment);
}

/** Indexes of the rules in the order attempts draw them: deepest category first, the whole bank last, ties in rule order. */
export function ruleDrawOrder(rules: ReadonlyArray<{ segments: readonly string[] | null }>): number[] {
  const depth = (segments: readonly string[] | null) => (segments === null ? -1 : segments.length);
  return rules.map((_, index) => index).sort((a, b) => depth(rules[b]?.segments ?? null) - depth(rules[a]?.segments ?? null) || a - b);
}

/** For each rule (in the rules' own order), what it can draw and what the rules drawn before it take from its pool. */
export function ruleAvailability(rules: readonly RulePool[]): RuleAvailability[] {
  const result: RuleAvailability[] = rules.map(() => ({ available: 0, taken: 0 }));
  const assigned: number[] = rules.map(() => 0);
  const drawn: number[] = [];
  for (const index of ruleDrawOrder(rules)) {
    const rule = rules[index] as RulePool;
    const taken = drawn.filter((earlier) => poolContains(rule.segments, (rules[earlier] as RulePool).segments)).reduce((sum, earlier) => sum + (assigned[earlier] ?? 0), 0);
    const available = Math.max(0, rule.usable - taken);
    result[index] = { available, taken };
    assigned[index] = Math.min(Math.max(0, rule.count), available);
    drawn.push(index);
  }
  return result;
}
