import { safeCheck } from '../guard.js';
import { RULES, type Rule, type RuleId } from './index.js';
import type { Report, RuleReports } from './report.js';
import type { DesignFacts, TreeFacts, WorkspaceFacts } from './rule.js';

export type { RuleReports };

type Scope = Rule['scope'];
type RuleOf<S extends Scope> = Extract<Rule, { scope: S }>;

function rulesOf<S extends Scope>(scope: S): readonly RuleOf<S>[] {
  return RULES.filter((rule): rule is RuleOf<S> => rule.scope === scope);
}

const DESIGN_RULES = rulesOf('design');
const WORKSPACE_RULES = rulesOf('workspace');
const TREE_RULES = rulesOf('tree');

/** Every rule of a scope, in `RULES` order, over its facts; a rule that throws reports so. */
function run<F>(
  rules: readonly { id: RuleId; check(facts: F): Report[] }[],
  facts: F,
): RuleReports[] {
  return rules.map((rule) => ({ ruleId: rule.id, found: safeCheck(() => rule.check(facts)) }));
}

/** The design rules, once per Architecture Design (their reports are cached with its analysis). */
export const runDesignRules = (facts: DesignFacts): RuleReports[] => run(DESIGN_RULES, facts);

/** The workspace rules, once per `UC-###` folder. */
export const runWorkspaceRules = (facts: WorkspaceFacts): RuleReports[] =>
  run(WORKSPACE_RULES, facts);

/** The tree rules, once per build. */
export const runTreeRules = (facts: TreeFacts): RuleReports[] => run(TREE_RULES, facts);
