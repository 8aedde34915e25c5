import { CONDITIONS, type ConditionId } from './conditions';
import { exampleWhere } from './examples';
import type { Rule } from './rules';

/** A condition's reason text, and the example it is worded for when the text depends on the config. */
export interface Wording {
  readonly text: string;
  /** Set when the wording depends on the config: the example configuration it was taken from. */
  readonly example?: string;
}

const cache = new Map<ConditionId, Wording>();

/** The human text of a condition, taken from a configuration where it holds. */
export function conditionWording(id: ConditionId): Wording {
  let w = cache.get(id);
  if (!w) {
    const { test, reason } = CONDITIONS[id];
    const example = exampleWhere(test, `condition ${id}`);
    const text = reason(example.config);
    // A reason that takes no argument reads the same for every config.
    w = reason.length === 0 ? { text } : { text, example: example.label };
    cache.set(id, w);
  }
  return w;
}

/** A rule line's conditions in words: "`a` and `b`", or "otherwise" for the catch-all line. */
export function ruleWhen(rule: Rule): string {
  const ids = rule.when.filter((c) => c !== 'always');
  return ids.length === 0 ? 'otherwise' : ids.map((c) => `\`${c}\``).join(' and ');
}
