import type { BankQuestion } from './types';

/** Multi-faceted: the emotional judgement of the experience against expectations. */
export const multifaceted: BankQuestion = {
  id: 'multifaceted-feeling',
  quality: 'multifaceted',
  type: 'emoji',
  text: {
    en: 'How do you feel about this experience, compared with what you expected?',
    fr: 'Comment vivez-vous cette expérience par rapport à ce que vous attendiez\u202f?',
    de: 'Wie empfinden Sie diese Erfahrung im Vergleich zu Ihren Erwartungen?',
    es: '¿Qué le ha parecido esta experiencia en comparación con lo que esperaba?',
    ar: 'ما شعورك تجاه هذه التجربة مقارنةً بما كنت تتوقعه؟',
  },
};
