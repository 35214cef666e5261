/** Every question type the widget can render. The UI maps each to one component. */
export const QUESTION_TYPES = [
  'nps',
  'rating',
  'effort',
  'emoji',
  'yesno',
  'choice',
  'text',
] as const;

/** One question type id. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The numeric range of each scale type, inclusive. The emoji scale is 1 (worst) to 5 (best). */
export const SCALES = {
  nps: { min: 0, max: 10 },
  rating: { min: 1, max: 5 },
  effort: { min: 1, max: 7 },
  emoji: { min: 1, max: 5 },
} as const;

/** A question type answered with a number on a fixed scale. */
export type ScaleType = keyof typeof SCALES;

/** Whether answers to `type` are numbers on a scale (and so can drive a `followUp.when` range). */
export function isScale(type: QuestionType): type is ScaleType {
  return type in SCALES;
}
