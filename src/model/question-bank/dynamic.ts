import type { QuestionConfig } from '../../config/schema';

/** Dynamic: how their context, purpose and reference points have changed. */
export const dynamic: QuestionConfig = {
  id: 'dynamic-change',
  quality: 'dynamic',
  type: 'choice',
  text: { en: 'Has what you need from us changed since you first came to us?' },
  options: [
    { id: 'same', text: { en: 'No, it is the same' } },
    { id: 'some', text: { en: 'It has changed a little' } },
    { id: 'much', text: { en: 'It has changed a lot' } },
  ],
  followUp: { when: { in: ['some', 'much'] }, text: { en: 'What has changed?' } },
};
