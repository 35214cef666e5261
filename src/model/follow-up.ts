/**
 * Whether an answer falls in a follow-up's range: a score within [min, max] for scales, or one
 * of the listed answer ids for choice and yes/no questions.
 */
export interface FollowUpWhen {
  min?: number;
  max?: number;
  in?: string[];
}

export function followUpApplies(when: FollowUpWhen | undefined, value: unknown): boolean {
  if (!when) return false;
  if (typeof value === 'number') {
    return (
      (when.min === undefined || value >= when.min) && (when.max === undefined || value <= when.max)
    );
  }
  const ids = Array.isArray(value) ? value : [value];
  return !!when.in?.some((id) => ids.includes(id));
}
