import type { BankQuestion } from './types';

/** Transparent: whether they see sincere intent for their well-being (rating, 1–5). */
export const transparent: BankQuestion = {
  id: 'transparent-intent',
  quality: 'transparent',
  type: 'rating',
  text: {
    en: 'How much do you feel we act in your best interest?',
    fr: 'Dans quelle mesure avez-vous le sentiment que nous agissons dans votre intérêt\u202f?',
    de: 'Wie sehr haben Sie das Gefühl, dass wir in Ihrem Interesse handeln?',
    es: '¿En qué medida siente que actuamos en su interés?',
    ar: 'إلى أي مدى تشعر بأننا نتصرّف بما يخدم مصلحتك؟',
  },
  labels: {
    min: {
      en: 'Not at all',
      fr: 'Pas du tout',
      de: 'Überhaupt nicht',
      es: 'Nada',
      ar: 'لا أشعر بذلك أبدًا',
    },
    max: {
      en: 'Completely',
      fr: 'Tout à fait',
      de: 'Voll und ganz',
      es: 'Totalmente',
      ar: 'أشعر بذلك تمامًا',
    },
  },
};
