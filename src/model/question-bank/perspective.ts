import type { QuestionConfig } from '../../config/schema';

/** Perspective: the experience in the customer's own words. */
export const perspective: QuestionConfig = {
  id: 'perspective-words',
  quality: 'perspective',
  type: 'text',
  text: {
    en: 'In your own words, how would you describe your experience so far?',
    fr: 'Avec vos propres mots, comment décririez-vous votre expérience jusqu’ici\u202f?',
    de: 'Wie würden Sie Ihre bisherige Erfahrung in eigenen Worten beschreiben?',
    es: 'Con sus propias palabras, ¿cómo describiría su experiencia hasta ahora?',
    ar: 'بكلماتك الخاصة، كيف تصف تجربتك حتى الآن؟',
  },
  placeholder: {
    en: 'Your words',
    fr: 'Avec vos mots',
    de: 'In Ihren Worten',
    es: 'Con sus palabras',
    ar: 'بكلماتك',
  },
};
