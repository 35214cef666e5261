import type { BankQuestion } from './types';

/** Operational: processes, policies and culture beyond the product itself. */
export const operational: BankQuestion = {
  id: 'operational-obstacles',
  quality: 'operational',
  type: 'yesno',
  text: {
    en: 'Did any of our rules or processes get in your way?',
    fr: 'Nos règles ou nos procédures vous ont-elles compliqué la tâche\u202f?',
    de: 'Standen Ihnen unsere Regeln oder Abläufe im Weg?',
    es: '¿Alguna de nuestras normas o procesos le puso las cosas difíciles?',
    ar: 'هل أعاقتك أيٌّ من قواعدنا أو إجراءاتنا؟',
  },
  followUp: {
    when: { in: ['yes'] },
    text: {
      en: 'What got in your way?',
      fr: 'Qu’est-ce qui vous a compliqué la tâche\u202f?',
      de: 'Was stand Ihnen im Weg?',
      es: '¿Qué se lo puso difícil?',
      ar: 'ما الذي أعاقك؟',
    },
  },
};
