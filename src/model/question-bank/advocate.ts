import type { QuestionConfig } from '../../config/schema';

/** Advocate: whether they would recommend the brand to friends and family (NPS, 0–10). */
export const advocate: QuestionConfig = {
  id: 'advocate-nps',
  quality: 'advocate',
  type: 'nps',
  text: { en: 'How likely are you to recommend us to a friend or family member?' },
  labels: { min: { en: 'Not at all likely' }, max: { en: 'Extremely likely' } },
  followUp: { when: { max: 6 }, text: { en: 'What is the main reason for your score?' } },
};
