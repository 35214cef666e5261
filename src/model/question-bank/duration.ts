import type { BankQuestion } from './types';

/** Duration: where they are between noticing the need and the need being gone. */
export const duration: BankQuestion = {
  id: 'duration-need',
  quality: 'duration',
  type: 'choice',
  text: {
    en: 'Is the need that brought you here taken care of?',
    fr: 'Le besoin à l’origine de votre visite est-il satisfait\u202f?',
    de: 'Ist das Anliegen, mit dem Sie gekommen sind, erledigt?',
    es: '¿Está resuelta la necesidad que le trajo aquí?',
    ar: 'هل لُبّيت الحاجة التي جاءت بك إلى هنا؟',
  },
  options: [
    { id: 'yes', text: { en: 'Yes', fr: 'Oui', de: 'Ja', es: 'Sí', ar: 'نعم' } },
    {
      id: 'partly',
      text: { en: 'Partly', fr: 'En partie', de: 'Teilweise', es: 'En parte', ar: 'جزئيًا' },
    },
    {
      id: 'no',
      text: { en: 'Not yet', fr: 'Pas encore', de: 'Noch nicht', es: 'Todavía no', ar: 'ليس بعد' },
    },
  ],
};
