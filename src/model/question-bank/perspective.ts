import type { BankQuestion } from './types';

/** Perspective: the experience in the customer's own words. */
export const perspective: BankQuestion = {
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

/**
 * Perspective at the very start of the journey (`aware`): the need, in the customer's words,
 * before anything of ours has shaped how they put it.
 */
export const perspectiveReason: BankQuestion = {
  id: 'perspective-reason',
  quality: 'perspective',
  type: 'text',
  text: {
    en: 'What brought you here today?',
    fr: 'Qu’est-ce qui vous amène ici aujourd’hui\u202f?',
    de: 'Was führt Sie heute zu uns?',
    es: '¿Qué le ha traído hoy hasta aquí?',
    ar: 'ما الذي أتى بك إلى هنا اليوم؟',
  },
  placeholder: {
    en: 'Your words',
    fr: 'Avec vos mots',
    de: 'In Ihren Worten',
    es: 'Con sus palabras',
    ar: 'بكلماتك',
  },
  stages: ['aware'],
};
