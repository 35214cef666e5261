import type { Quality } from '../../model/qualities';
import type { BankTexts } from '../../model/question-bank/types';

/** A message that depends on a count, by CLDR plural category (`Intl.PluralRules`). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every string the prompt shows, in English; the default accessible names are the contract's
 * (DESIGN §3). Other locales provide the same keys, so the compiler catches a missing one.
 * `{name}` placeholders are filled as text, never as markup.
 */
export const en = {
  /** The BCP 47 tag of these strings, set as the card's `lang`. */
  lang: 'en',
  dir: 'ltr' as 'ltr' | 'rtl',
  region: 'Feedback',
  send: 'Send',
  notNow: 'Not now',
  optOut: "Don't ask me again",
  why: 'Why am I asked?',
  close: 'Close',
  thanks: 'Thank you!',
  saving: 'Saving your answer…',
  failed: 'Sorry, your answer could not be saved, so it was not sent. Please try again later.',
  sent: 'Thank you — sent.',
  /** An inline card the visitor completed before (`render`'s `answered: 'thanks'`). */
  answered: 'You answered this — thank you.',
  savedOffline: "Saved on this device; it will be sent when you're back online.",
  savedLater: 'Saved on this device; it will be sent shortly.',
  notSaved:
    'Your answer could not be saved on this device; it will be sent while this page is open.',
  charsLeft: { one: '{n} character left', other: '{n} characters left' } as Plural,
  chooseFirst: 'Choose an answer first.',
  yes: 'Yes',
  no: 'No',
  /** Scale end labels, e.g. "0 – Not at all likely". */
  scaleEnd: '{n} – {label}',
  /** A survey's progress: the step on screen of how many, e.g. "2 of 3". */
  progress: '{step} of {steps}',
  /** The five feelings of the emoji scale, from 1 (worst) to 5 (best). */
  emoji: ['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy'],
  whyMeasures: 'This question is about {quality}: {about}.',
  whySent: 'What is sent with your answer: {fields}.',
  whyTo: 'Sent to: {host}.',
  whyPolicy: 'Privacy policy',
  fields: {
    answer: 'your answer',
    question: 'the question',
    page: "this page's path (no query string)",
    stage: 'the stages of your journey with us seen on this device',
    locale: 'your language',
    device: 'your device type',
    time: 'the time',
    session: 'a random id for this visit',
    visitor: 'a random id for this device',
    user: 'your account id on this site',
  },
  qualityNames: {
    perspective: 'Perspective',
    preventive: 'Preventive',
    duration: 'Duration',
    dynamic: 'Dynamic',
    choice: 'Choice',
    multifaceted: 'Multi-faceted',
    operational: 'Operational',
    integrative: 'Integrative',
    anticipatory: 'Anticipatory',
    transparent: 'Transparent',
    advocate: 'Advocate',
  } satisfies Record<Quality, string>,
  qualities: {
    perspective: 'how well the experience matches what you were looking for, in your own words',
    preventive: 'how easy it was to get what you needed',
    duration: 'whether your need is taken care of',
    dynamic: 'how well we keep up as your needs change',
    choice: 'whether you feel free to choose',
    multifaceted: 'how the experience felt compared with what you expected',
    operational: 'our processes and policies',
    integrative: 'how well our teams and channels work together',
    anticipatory: 'whether we will be ready for what you need next',
    transparent: 'whether we act in your interest',
    advocate: 'whether you would recommend us',
  } satisfies Record<Quality, string>,
};

/** The shape every locale's strings have. */
export type Strings = typeof en;

/**
 * The built-in bank's texts in English, by question id; the questions themselves (types,
 * options, scores) are in model/question-bank/meta.ts.
 */
export const enBank: Record<string, BankTexts> = {
  'perspective-reason': {
    text: 'What brought you here today?',
    placeholder: 'Your words',
  },
  'perspective-match': {
    text: 'How well does your experience so far match what you were looking for?',
    labels: {
      min: 'Not at all',
      max: 'Completely',
    },
    followUp: 'In your own words, how would you describe your experience so far?',
  },
  'preventive-effort': {
    text: 'How easy or difficult was it to get what you needed today?',
    labels: {
      min: 'Very difficult',
      max: 'Very easy',
    },
    followUp: 'What made it difficult?',
  },
  'duration-need': {
    text: 'Is the need that brought you here taken care of?',
    options: ['Yes', 'Partly', 'Not yet'],
    followUp: 'What is still missing?',
  },
  'dynamic-change': {
    text: 'How well have we kept up with changes in what you need from us?',
    options: [
      'Not at all well',
      'Slightly well',
      'Moderately well',
      'Very well',
      'Extremely well',
      'What I need has not changed',
    ],
    followUp: 'What has changed that we have not kept up with?',
  },
  'choice-freedom': {
    text: 'Did you feel free to choose what suits you, without pressure?',
    options: ['Yes', 'Somewhat', 'No'],
    followUp: 'What limited your choice?',
  },
  'multifaceted-feeling': {
    text: 'How do you feel about this experience, compared with what you expected?',
  },
  'operational-obstacles': {
    text: 'Did any of our rules or processes get in your way?',
    followUp: 'What got in your way?',
  },
  'integrative-repeat': {
    text: 'Did you have to repeat information you had already given us?',
    followUp: 'What did you have to repeat?',
  },
  'anticipatory-next': {
    text: 'How confident are you that we will be ready for what you need from us next?',
    labels: {
      min: 'Not at all confident',
      max: 'Completely confident',
    },
    followUp: 'What will you need from us next?',
  },
  'transparent-intent': {
    text: 'How much do you feel we act in your best interest?',
    labels: {
      min: 'Not at all',
      max: 'Completely',
    },
  },
  'advocate-nps': {
    text: 'How likely are you to recommend us to a friend or family member?',
    labels: {
      min: 'Not at all likely',
      max: 'Extremely likely',
    },
    followUp: 'What is the main reason for your score?',
  },
};

/** The English language chunk: the card's strings and the bank's texts. */
export const pack = { strings: en, bank: enBank };
