import type { QuestionConfig } from '../../config/schema';

/** Choice: trust and respect for the customer's options. */
export const choice: QuestionConfig = {
  id: 'choice-freedom',
  quality: 'choice',
  type: 'choice',
  text: { en: 'Did you feel free to choose what suits you, without pressure?' },
  options: [
    { id: 'yes', text: { en: 'Yes' } },
    { id: 'somewhat', text: { en: 'Somewhat' } },
    { id: 'no', text: { en: 'No' } },
  ],
};
