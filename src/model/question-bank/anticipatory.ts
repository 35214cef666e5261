import type { BankQuestion } from './types';

/** Anticipatory: what they will need next. */
export const anticipatory: BankQuestion = {
  id: 'anticipatory-next',
  quality: 'anticipatory',
  type: 'text',
  text: {
    en: 'What will you need from us next?',
    fr: 'De quoi aurez-vous besoin de notre part ensuite\u202f?',
    de: 'Was werden Sie als Nächstes von uns brauchen?',
    es: '¿Qué necesitará de nosotros a continuación?',
    ar: 'ما الذي ستحتاجه منّا بعد ذلك؟',
  },
  placeholder: {
    en: 'Your words',
    fr: 'Avec vos mots',
    de: 'In Ihren Worten',
    es: 'Con sus palabras',
    ar: 'بكلماتك',
  },
};
