import type { BankTexts } from '../../model/question-bank/types';
import type { Strings } from './en';
import type { LocalePack } from './pack';

// French typography: a narrow no-break space (\u202f) before ? ! ; and a no-break space
// (\u00a0) before : keep the mark on the word's line.
/** The prompt's strings in French (vous, gender-neutral wording). */
export const fr: Strings = {
  lang: 'fr',
  dir: 'ltr',
  region: 'Votre avis',
  send: 'Envoyer',
  notNow: 'Plus tard',
  optOut: 'Ne plus me demander',
  why: 'Pourquoi cette question\u202f?',
  close: 'Fermer',
  thanks: 'Merci\u202f!',
  saving: 'Enregistrement de votre réponse…',
  failed:
    'Désolé, votre réponse n’a pas pu être enregistrée et n’a donc pas été envoyée. Veuillez réessayer plus tard.',
  sent: 'Merci — c’est envoyé.',
  answered: 'Vous avez déjà répondu — merci\u202f!',
  savedOffline:
    'Votre réponse est enregistrée sur cet appareil\u202f; elle sera envoyée dès que vous serez de nouveau en ligne.',
  savedLater:
    'Votre réponse est enregistrée sur cet appareil\u202f; elle sera envoyée dans un instant.',
  notSaved:
    'Votre réponse n’a pas pu être enregistrée sur cet appareil\u202f; elle sera envoyée tant que cette page reste ouverte.',
  charsLeft: { one: '{n} caractère restant', other: '{n} caractères restants' },
  chooseFirst: 'Choisissez d’abord une réponse.',
  yes: 'Oui',
  no: 'Non',
  scaleEnd: '{n} – {label}',
  progress: '{step} sur {steps}',
  emoji: ['Très mal', 'Plutôt mal', 'Neutre', 'Plutôt bien', 'Très bien'],
  whyMeasures: 'Cette question porte sur la dimension «\u00a0{quality}\u00a0»\u00a0: {about}.',
  whySent: 'Ce qui est envoyé avec votre réponse\u00a0: {fields}.',
  whyTo: 'Destinataire\u00a0: {host}.',
  whyPolicy: 'Politique de confidentialité',
  fields: {
    answer: 'votre réponse',
    question: 'la question',
    page: 'l’adresse de cette page (sans paramètres)',
    stage: 'les étapes de votre parcours avec nous vues sur cet appareil',
    locale: 'votre langue',
    device: 'votre type d’appareil',
    time: 'l’heure',
    session: 'un identifiant aléatoire pour cette visite',
    visitor: 'un identifiant aléatoire pour cet appareil',
    user: 'votre identifiant de compte sur ce site',
  },
  qualityNames: {
    perspective: 'Point de vue',
    preventive: 'Facilité',
    duration: 'Durée',
    dynamic: 'Évolution',
    choice: 'Liberté de choix',
    multifaceted: 'Ressenti',
    operational: 'Fonctionnement',
    integrative: 'Cohérence',
    anticipatory: 'Anticipation',
    transparent: 'Transparence',
    advocate: 'Recommandation',
  },
  qualities: {
    perspective: 'si l’expérience correspond à ce que vous recherchiez, avec vos propres mots',
    preventive: 'la facilité avec laquelle vous avez obtenu ce dont vous aviez besoin',
    duration: 'si votre besoin a été satisfait',
    dynamic: 'notre capacité à suivre l’évolution de vos besoins',
    choice: 'si vous vous sentez libre de choisir',
    multifaceted: 'votre ressenti par rapport à ce que vous attendiez',
    operational: 'nos procédures et nos règles',
    integrative: 'la coordination entre nos équipes et nos canaux',
    anticipatory: 'notre capacité à répondre à vos prochains besoins',
    transparent: 'si nous agissons dans votre intérêt',
    advocate: 'si vous nous recommanderiez',
  },
};

/** The built-in bank's texts in French, by question id (questions: model/question-bank/meta.ts). */
export const frBank: Record<string, BankTexts> = {
  'perspective-reason': {
    text: 'Qu’est-ce qui vous amène ici aujourd’hui\u202f?',
    placeholder: 'Avec vos mots',
  },
  'perspective-match': {
    text: 'Dans quelle mesure votre expérience jusqu’ici correspond-elle à ce que vous recherchiez\u202f?',
    labels: {
      min: 'Pas du tout',
      max: 'Tout à fait',
    },
    followUp: 'Avec vos propres mots, comment décririez-vous votre expérience jusqu’ici\u202f?',
  },
  'preventive-effort': {
    text: 'Était-il facile ou difficile d’obtenir ce dont vous aviez besoin aujourd’hui\u202f?',
    labels: {
      min: 'Très difficile',
      max: 'Très facile',
    },
    followUp: 'Qu’est-ce qui a rendu les choses difficiles\u202f?',
  },
  'duration-need': {
    text: 'Le besoin à l’origine de votre visite est-il satisfait\u202f?',
    options: ['Oui', 'En partie', 'Pas encore'],
    followUp: 'Que manque-t-il encore\u202f?',
  },
  'dynamic-change': {
    text: 'Dans quelle mesure avons-nous su suivre l’évolution de vos besoins envers nous\u202f?',
    options: [
      'Pas du tout',
      'Un peu',
      'Moyennement',
      'Largement',
      'Parfaitement',
      'Mes besoins n’ont pas changé',
    ],
    followUp: 'Qu’est-ce qui a changé sans que nous nous y adaptions\u202f?',
  },
  'choice-freedom': {
    text: 'Avez-vous pu choisir librement ce qui vous convient, sans pression\u202f?',
    options: ['Oui', 'En partie', 'Non'],
    followUp: 'Qu’est-ce qui a limité votre choix\u202f?',
  },
  'multifaceted-feeling': {
    text: 'Comment vivez-vous cette expérience par rapport à ce que vous attendiez\u202f?',
  },
  'operational-obstacles': {
    text: 'Nos règles ou nos procédures vous ont-elles compliqué la tâche\u202f?',
    followUp: 'Qu’est-ce qui vous a compliqué la tâche\u202f?',
  },
  'integrative-repeat': {
    text: 'Avez-vous dû répéter des informations que vous nous aviez déjà données\u202f?',
    followUp: 'Qu’avez-vous dû répéter\u202f?',
  },
  'anticipatory-next': {
    text: 'Quelle confiance avez-vous dans notre capacité à répondre à ce dont vous aurez besoin ensuite\u202f?',
    labels: {
      min: 'Aucune confiance',
      max: 'Entière confiance',
    },
    followUp: 'De quoi aurez-vous besoin de notre part ensuite\u202f?',
  },
  'transparent-intent': {
    text: 'Dans quelle mesure avez-vous le sentiment que nous agissons dans votre intérêt\u202f?',
    labels: {
      min: 'Pas du tout',
      max: 'Tout à fait',
    },
  },
  'advocate-nps': {
    text: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un proche\u202f?',
    labels: {
      min: 'Pas du tout probable',
      max: 'Extrêmement probable',
    },
    followUp: 'Quelle est la principale raison de votre note\u202f?',
  },
};

/** The French language chunk: the card's strings and the bank's texts. */
export const pack: LocalePack = { strings: fr, bank: frBank };
