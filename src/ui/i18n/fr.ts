import type { Strings } from './en';

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
    perspective: 'votre expérience, avec vos propres mots',
    preventive: 'la facilité avec laquelle vous avez obtenu ce dont vous aviez besoin',
    duration: 'si votre besoin a été satisfait',
    dynamic: 'l’évolution de vos besoins',
    choice: 'si vous vous sentez libre de choisir',
    multifaceted: 'votre ressenti par rapport à ce que vous attendiez',
    operational: 'nos procédures et nos règles',
    integrative: 'la coordination entre nos équipes et nos canaux',
    anticipatory: 'ce dont vous aurez besoin ensuite',
    transparent: 'si nous agissons dans votre intérêt',
    advocate: 'si vous nous recommanderiez',
  },
};
