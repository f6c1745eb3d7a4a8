/**
 * One use case's identity and vocabulary: its name, patterns, chosen
 * technologies and a `fill` that expands sentence templates consistently.
 */
import { Rng } from './random.mjs';
import {
  FIRST_NAMES,
  HYBRID_JOINERS,
  LAST_NAMES,
  PATTERN_NAMES,
  PREFIXES,
  ROLES,
  TASKS,
  TEAMS,
} from './pools.mjs';

/** @typedef {import('./pools.mjs').PatternKey} PatternKey */

/**
 * @typedef {object} UseCase
 * @property {Rng} rng            content stream
 * @property {string} id          `UC-0042`
 * @property {string} name        `Payments Fraud Detection`
 * @property {string} folder      `UC-0042_Payments_Fraud_Detection`
 * @property {string} entity
 * @property {string} team
 * @property {string} person
 * @property {string} table       a snake_case table stem
 * @property {PatternKey[]} patterns
 * @property {string} patternField the `**Pattern:**` value
 * @property {Map<string, string>} techs role -> spelling
 * @property {(template: string) => string} fill
 * @property {(role: string) => string} tech
 */

/**
 * @param {number} seed
 * @param {number} index 1-based
 * @param {number} idWidth
 * @returns {UseCase}
 */
export function createUseCase(seed, index, idWidth) {
  const rng = Rng.derive(seed, `use-case-${index}`);
  const task = rng.pick(TASKS);
  const prefix = rng.pick(PREFIXES);
  const name = prefix ? `${prefix} ${task.name}` : task.name;
  const id = `UC-${String(index).padStart(idWidth, '0')}`;
  const patterns = rng.chance(0.85) ? task.patterns[0] : rng.pick(task.patterns);
  const useCase = {
    rng,
    id,
    name,
    folder: `${id}_${name.replace(/[^A-Za-z0-9]+/g, '_')}`,
    entity: task.entity,
    team: rng.pick(TEAMS),
    person: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    table: task.name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
    patterns: [...patterns],
    patternField: patternField(rng, patterns),
    techs: new Map(),
    fill: (/** @type {string} */ template) => fill(useCase, template),
    tech: (/** @type {string} */ role) => techFor(useCase, role),
  };
  return useCase;
}

/**
 * @param {Rng} rng
 * @param {readonly PatternKey[]} patterns
 */
function patternField(rng, patterns) {
  if (patterns.length === 1) return rng.pick(PATTERN_NAMES[patterns[0]]);
  const joiner = rng.pick(HYBRID_JOINERS);
  return patterns.map((p) => PATTERN_NAMES[p][0]).join(joiner);
}

/**
 * The technology a use case uses for a role, chosen once and then repeated.
 * @param {UseCase} useCase
 * @param {string} role
 */
function techFor(useCase, role) {
  const known = useCase.techs.get(role);
  if (known) return known;
  const spec = ROLES[role];
  const chosen = spec ? useCase.rng.pick(useCase.rng.pick(spec.techs)) : role;
  useCase.techs.set(role, chosen);
  return chosen;
}

const SLOT = /\{(\w+)(?::([^}]*))?\}/g;

/**
 * @param {UseCase} useCase
 * @param {string} template
 */
function fill(useCase, template) {
  return template.replace(SLOT, (_match, slot, arg) => expand(useCase, slot, arg));
}

/**
 * @param {UseCase} useCase
 * @param {string} slot
 * @param {string | undefined} arg
 */
function expand(useCase, slot, arg) {
  const { rng } = useCase;
  switch (slot) {
    case 'n': {
      const [min, max] = String(arg).split(':').map(Number);
      return String(rng.int(min, max));
    }
    case 'pick':
      return rng.pick(String(arg).split('|'));
    case 'entity':
      return useCase.entity;
    case 'entities':
      return `${useCase.entity}s`;
    case 'team':
      return useCase.team;
    case 'person':
      return useCase.person;
    case 'name':
      return useCase.name;
    case 'table':
      return useCase.table;
    case 'key':
      return `${useCase.entity.replace(/\s+/g, '_').toLowerCase()}_id`;
    default:
      return ROLES[slot] ? useCase.tech(slot) : `{${slot}}`;
  }
}
