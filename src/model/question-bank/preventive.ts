import type { QuestionConfig } from '../../config/schema';

/** Preventive: how easy it was to get and use what they needed (effort, 1–7). */
export const preventive: QuestionConfig = {
  id: 'preventive-effort',
  quality: 'preventive',
  type: 'effort',
  text: { en: 'How easy or difficult was it to get what you needed today?' },
  labels: { min: { en: 'Very difficult' }, max: { en: 'Very easy' } },
  followUp: { when: { max: 3 }, text: { en: 'What made it difficult?' } },
};
