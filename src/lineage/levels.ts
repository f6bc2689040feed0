import { LEVELS, type Level, type Plan } from '../model/plan.js';

/**
 * Depth of a level, 0 for the State Council down to townships; districts and counties share a
 * depth (a county is not below a district). Null when the level is unknown.
 * @example levelDepth('county') === levelDepth('district') // → true
 */
export function levelDepth(level: Level | null | undefined): number | null {
  if (!level) return null;
  return level === 'county' ? LEVELS.indexOf('district') : LEVELS.indexOf(level);
}

/**
 * A short name for a plan in reports and messages: its jurisdiction, else its title, else its file.
 * @example planName(shenyang) // → '沈阳市'
 */
export function planName(plan: Plan): string {
  return plan.jurisdiction.name ?? (plan.title || plan.source || '?');
}

/**
 * A plan described in one phrase for messages: title, then place, level and year.
 * @example describePlan(shenyang) // → '沈阳市2022年政务公开工作要点 (沈阳市, city, 2022)'
 */
export function describePlan(plan: Plan): string {
  const j = plan.jurisdiction;
  const facts = [j.name ?? 'place unknown', j.level ?? 'level unknown', plan.year ?? 'year unknown'];
  return `${plan.title || plan.source || 'untitled plan'} (${facts.join(', ')})`;
}
