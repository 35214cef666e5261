import type { QuestionConfig } from '../../config/schema';

/** Multi-faceted: the emotional judgement of the experience against expectations. */
export const multifaceted: QuestionConfig = {
  id: 'multifaceted-feeling',
  quality: 'multifaceted',
  type: 'emoji',
  text: { en: 'How do you feel about this experience, compared with what you expected?' },
};
