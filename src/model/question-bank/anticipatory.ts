import type { QuestionConfig } from '../../config/schema';

/** Anticipatory: what they will need next. */
export const anticipatory: QuestionConfig = {
  id: 'anticipatory-next',
  quality: 'anticipatory',
  type: 'text',
  text: { en: 'What will you need from us next?' },
  placeholder: { en: 'Your words' },
};
