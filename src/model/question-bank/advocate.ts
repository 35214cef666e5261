import type { BankQuestion } from './types';

/** Advocate: whether they would recommend the brand to friends and family (NPS, 0–10). */
export const advocate: BankQuestion = {
  id: 'advocate-nps',
  quality: 'advocate',
  type: 'nps',
  text: {
    en: 'How likely are you to recommend us to a friend or family member?',
    fr: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un proche\u202f?',
    de: 'Wie wahrscheinlich ist es, dass Sie uns Freunden oder Familie weiterempfehlen?',
    es: '¿Qué probabilidad hay de que nos recomiende a un amigo o familiar?',
    ar: 'ما مدى احتمال أن توصي بنا لصديق أو أحد أفراد عائلتك؟',
  },
  labels: {
    min: {
      en: 'Not at all likely',
      fr: 'Pas du tout probable',
      de: 'Überhaupt nicht wahrscheinlich',
      es: 'Nada probable',
      ar: 'غير محتمل إطلاقًا',
    },
    max: {
      en: 'Extremely likely',
      fr: 'Extrêmement probable',
      de: 'Äußerst wahrscheinlich',
      es: 'Muy probable',
      ar: 'محتمل جدًا',
    },
  },
  followUp: {
    when: { max: 6 },
    text: {
      en: 'What is the main reason for your score?',
      fr: 'Quelle est la principale raison de votre note\u202f?',
      de: 'Was ist der wichtigste Grund für Ihre Bewertung?',
      es: '¿Cuál es el motivo principal de su puntuación?',
      ar: 'ما السبب الرئيسي لتقييمك؟',
    },
  },
};
