import type { BankQuestion } from './types';

/** Dynamic: how their context, purpose and reference points have changed. */
export const dynamic: BankQuestion = {
  id: 'dynamic-change',
  quality: 'dynamic',
  type: 'choice',
  text: {
    en: 'Has what you need from us changed since you first came to us?',
    fr: 'Vos besoins envers nous ont-ils changé depuis notre premier contact\u202f?',
    de: 'Hat sich das, was Sie von uns brauchen, seit Ihrem ersten Kontakt mit uns verändert?',
    es: '¿Ha cambiado lo que necesita de nosotros desde que acudió a nosotros por primera vez?',
    ar: 'هل تغيّر ما تحتاجه منّا منذ أول تعامل لك معنا؟',
  },
  options: [
    {
      id: 'same',
      text: {
        en: 'No, it is the same',
        fr: 'Non, ils sont les mêmes',
        de: 'Nein, es ist gleich geblieben',
        es: 'No, sigue igual',
        ar: 'لا، لم يتغيّر',
      },
    },
    {
      id: 'some',
      text: {
        en: 'It has changed a little',
        fr: 'Ils ont un peu changé',
        de: 'Es hat sich etwas verändert',
        es: 'Ha cambiado un poco',
        ar: 'تغيّر قليلًا',
      },
    },
    {
      id: 'much',
      text: {
        en: 'It has changed a lot',
        fr: 'Ils ont beaucoup changé',
        de: 'Es hat sich stark verändert',
        es: 'Ha cambiado mucho',
        ar: 'تغيّر كثيرًا',
      },
    },
  ],
  followUp: {
    when: { in: ['some', 'much'] },
    text: {
      en: 'What has changed?',
      fr: 'Qu’est-ce qui a changé\u202f?',
      de: 'Was hat sich verändert?',
      es: '¿Qué ha cambiado?',
      ar: 'ما الذي تغيّر؟',
    },
  },
};
