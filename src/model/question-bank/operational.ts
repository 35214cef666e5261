import type { QuestionConfig } from '../../config/schema';

/** Operational: processes, policies and culture beyond the product itself. */
export const operational: QuestionConfig = {
  id: 'operational-obstacles',
  quality: 'operational',
  type: 'yesno',
  text: { en: 'Did any of our rules or processes get in your way?' },
  followUp: { when: { in: ['yes'] }, text: { en: 'What got in your way?' } },
};
