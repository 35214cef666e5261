import type { BankQuestion } from './types';

/** Integrative: alignment across departments, channels and technologies. */
export const integrative: BankQuestion = {
  id: 'integrative-repeat',
  quality: 'integrative',
  type: 'yesno',
  text: {
    en: 'Did you have to repeat information you had already given us?',
    fr: 'Avez-vous dû répéter des informations que vous nous aviez déjà données\u202f?',
    de: 'Mussten Sie Angaben wiederholen, die Sie uns bereits gemacht hatten?',
    es: '¿Tuvo que repetir información que ya nos había dado?',
    ar: 'هل اضطررت إلى تكرار معلومات سبق أن قدّمتها لنا؟',
  },
};
