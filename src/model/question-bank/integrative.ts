import type { QuestionConfig } from '../../config/schema';

/** Integrative: alignment across departments, channels and technologies. */
export const integrative: QuestionConfig = {
  id: 'integrative-repeat',
  quality: 'integrative',
  type: 'yesno',
  text: { en: 'Did you have to repeat information you had already given us?' },
};
