import type { QuestionConfig } from '../../config/schema';

/** Perspective: the experience in the customer's own words. */
export const perspective: QuestionConfig = {
  id: 'perspective-words',
  quality: 'perspective',
  type: 'text',
  text: { en: 'In your own words, how would you describe your experience so far?' },
  placeholder: { en: 'Your words' },
};
