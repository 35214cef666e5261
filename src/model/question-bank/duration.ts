import type { QuestionConfig } from '../../config/schema';

/** Duration: where they are between noticing the need and the need being gone. */
export const duration: QuestionConfig = {
  id: 'duration-need',
  quality: 'duration',
  type: 'choice',
  text: { en: 'Is the need that brought you here taken care of?' },
  options: [
    { id: 'yes', text: { en: 'Yes' } },
    { id: 'partly', text: { en: 'Partly' } },
    { id: 'no', text: { en: 'Not yet' } },
  ],
};
