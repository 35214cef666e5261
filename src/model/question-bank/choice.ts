import type { BankQuestion } from './types';

/** Choice: trust and respect for the customer's options. */
export const choice: BankQuestion = {
  id: 'choice-freedom',
  quality: 'choice',
  type: 'choice',
  text: {
    en: 'Did you feel free to choose what suits you, without pressure?',
    fr: 'Avez-vous pu choisir librement ce qui vous convient, sans pression\u202f?',
    de: 'Konnten Sie frei und ohne Druck wählen, was zu Ihnen passt?',
    es: '¿Pudo elegir libremente lo que le conviene, sin presiones?',
    ar: 'هل شعرت بحرية اختيار ما يناسبك دون ضغط؟',
  },
  options: [
    { id: 'yes', text: { en: 'Yes', fr: 'Oui', de: 'Ja', es: 'Sí', ar: 'نعم' } },
    {
      id: 'somewhat',
      text: { en: 'Somewhat', fr: 'En partie', de: 'Teilweise', es: 'En parte', ar: 'إلى حدٍّ ما' },
    },
    { id: 'no', text: { en: 'No', fr: 'Non', de: 'Nein', es: 'No', ar: 'لا' } },
  ],
};
