// The profile's merge rules, with their defaults: how our terms and statements meet an existing item's.
import type { PropertyId } from '../model/index.js';
import type { MergeRule, UploadSettings } from '../profile/index.js';

export interface MergeRules {
  readonly defaultMerge: MergeRule;
  readonly merge: Readonly<Record<string, MergeRule>>;
  readonly labels: 'replace' | 'keep';
  readonly descriptions: 'replace' | 'keep';
  readonly aliases: MergeRule;
}

export const DEFAULT_MERGE_RULES: MergeRules = { defaultMerge: 'add', merge: {}, labels: 'replace', descriptions: 'replace', aliases: 'add' };

export function mergeRules(settings: UploadSettings | undefined): MergeRules {
  return {
    defaultMerge: settings?.defaultMerge ?? DEFAULT_MERGE_RULES.defaultMerge,
    merge: settings?.merge ?? {},
    labels: settings?.labels ?? DEFAULT_MERGE_RULES.labels,
    descriptions: settings?.descriptions ?? DEFAULT_MERGE_RULES.descriptions,
    aliases: settings?.aliases ?? DEFAULT_MERGE_RULES.aliases,
  };
}

export function ruleFor(rules: MergeRules, property: PropertyId): MergeRule {
  return rules.merge[property] ?? rules.defaultMerge;
}
