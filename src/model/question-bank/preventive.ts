import type { BankQuestion } from './types';

/** Preventive: how easy it was to get and use what they needed (effort, 1–7). */
export const preventive: BankQuestion = {
  id: 'preventive-effort',
  quality: 'preventive',
  type: 'effort',
  text: {
    en: 'How easy or difficult was it to get what you needed today?',
    fr: 'Était-il facile ou difficile d’obtenir ce dont vous aviez besoin aujourd’hui\u202f?',
    de: 'Wie leicht oder schwer war es heute, das zu bekommen, was Sie brauchten?',
    es: '¿Le resultó fácil o difícil conseguir hoy lo que necesitaba?',
    ar: 'ما مدى سهولة أو صعوبة حصولك على ما تحتاجه اليوم؟',
  },
  labels: {
    min: {
      en: 'Very difficult',
      fr: 'Très difficile',
      de: 'Sehr schwer',
      es: 'Muy difícil',
      ar: 'صعب جدًا',
    },
    max: { en: 'Very easy', fr: 'Très facile', de: 'Sehr leicht', es: 'Muy fácil', ar: 'سهل جدًا' },
  },
  followUp: {
    when: { max: 3 },
    text: {
      en: 'What made it difficult?',
      fr: 'Qu’est-ce qui a rendu les choses difficiles\u202f?',
      de: 'Was hat es Ihnen schwer gemacht?',
      es: '¿Qué se lo puso difícil?',
      ar: 'ما الذي جعل الأمر صعبًا؟',
    },
  },
};
