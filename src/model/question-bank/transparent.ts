import type { QuestionConfig } from '../../config/schema';

/** Transparent: whether they see sincere intent for their well-being (rating, 1–5). */
export const transparent: QuestionConfig = {
  id: 'transparent-intent',
  quality: 'transparent',
  type: 'rating',
  text: { en: 'How much do you feel we act in your best interest?' },
  labels: { min: { en: 'Not at all' }, max: { en: 'Completely' } },
};
