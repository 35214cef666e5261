import type { Quality } from '../../model/qualities';

/** Every string the prompt shows, in English. Other locales provide the same keys. */
export const en = {
  dir: 'ltr' as 'ltr' | 'rtl',
  region: 'Feedback',
  send: 'Send',
  notNow: 'Not now',
  optOut: "Don't ask me again",
  why: 'Why am I asked?',
  close: 'Close',
  thanks: 'Thank you!',
  sending: 'Sending…',
  sent: 'Thank you — sent.',
  savedOffline: "Saved on this device; it will be sent when you're back online.",
  savedLater: 'Saved on this device; it will be sent shortly.',
  notSaved:
    'Your answer could not be saved on this device; it will be sent while this page is open.',
  charsLeft: '{n} characters left',
  chooseFirst: 'Choose an answer first.',
  yes: 'Yes',
  no: 'No',
  emoji: ['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy'],
  whyMeasures: 'This question is about {quality}: {about}.',
  whySent: 'What is sent: {fields}.',
  whyTo: 'Sent to: {host}.',
  whyPolicy: 'Privacy policy',
  fields: {
    answer: 'your answer',
    question: 'the question',
    page: "this page's path (no query string)",
    stage: 'where you are in your journey with us',
    locale: 'your language',
    device: 'your device type',
    visitor: 'a random id for this device',
  },
  qualities: {
    perspective: 'your experience in your own words',
    preventive: 'how easy it was to get what you needed',
    duration: 'whether your need is taken care of',
    dynamic: 'how your needs have changed',
    choice: 'whether you feel free to choose',
    multifaceted: 'how the experience felt compared with what you expected',
    operational: 'our processes and policies',
    integrative: 'how well our teams and channels work together',
    anticipatory: 'what you will need next',
    transparent: 'whether we act in your interest',
    advocate: 'whether you would recommend us',
  } satisfies Record<Quality, string>,
};

/** The shape every locale's strings have. */
export type Strings = typeof en;
