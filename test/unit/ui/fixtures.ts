// Questions of every type and a `show` helper that mounts the card the way the prompter does.
import { vi } from 'vitest';
import { stringsFor } from '../../../src/ui/i18n';
import { type Appearance, mountPrompt } from '../../../src/ui/mount';
import type { PromptProps, PromptQuestion } from '../../../src/ui/types';

const base = { quality: 'advocate' as const, multiple: false, maxLength: 1000 };

export const QUESTIONS = {
  nps: {
    ...base,
    id: 'advocate-nps',
    type: 'nps',
    text: 'How likely are you to recommend us?',
    labels: { min: 'Not at all likely', max: 'Extremely likely' },
    followUp: { when: { max: 6 }, text: 'What is the main reason for your score?' },
  },
  rating: {
    ...base,
    id: 'transparent-intent',
    quality: 'transparent',
    type: 'rating',
    text: 'How much do you feel we act in your best interest?',
    labels: { min: 'Not at all', max: 'Completely' },
  },
  effort: {
    ...base,
    id: 'preventive-effort',
    quality: 'preventive',
    type: 'effort',
    text: 'How easy or difficult was it?',
    labels: { min: 'Very difficult', max: 'Very easy' },
    followUp: { when: { max: 3 }, text: 'What made it difficult?' },
  },
  emoji: {
    ...base,
    id: 'multifaceted-feeling',
    quality: 'multifaceted',
    type: 'emoji',
    text: 'How do you feel about it?',
    followUp: { when: { max: 2 }, text: 'What went wrong?' },
  },
  yesno: {
    ...base,
    id: 'operational-obstacles',
    quality: 'operational',
    type: 'yesno',
    text: 'Did any of our rules get in your way?',
    followUp: { when: { in: ['yes'] }, text: 'What got in your way?' },
  },
  choice: {
    ...base,
    id: 'duration-need',
    quality: 'duration',
    type: 'choice',
    text: 'Is your need taken care of?',
    options: [
      { id: 'yes', text: 'Yes' },
      { id: 'partly', text: 'Partly' },
      { id: 'no', text: 'Not yet' },
    ],
    followUp: { when: { in: ['partly', 'no'] }, text: 'What is missing?' },
  },
  multiple: {
    ...base,
    id: 'dynamic-what',
    quality: 'dynamic',
    type: 'choice',
    multiple: true,
    text: 'What has changed?',
    options: [
      { id: 'budget', text: 'My budget' },
      { id: 'team', text: 'My team' },
      { id: 'goals', text: 'My goals' },
    ],
  },
  text: {
    ...base,
    id: 'anticipatory-next',
    quality: 'anticipatory',
    type: 'text',
    text: 'What will you need from us next?',
    placeholder: 'Your words',
    maxLength: 20,
  },
} satisfies Record<string, PromptQuestion>;

export const APPEARANCE: Appearance = {
  position: 'bottom-right',
  theme: 'auto',
  accent: '#4f46e5',
  zIndex: 10,
};

/** Mounts the card with spies for its callbacks. */
export function show(overrides: Partial<PromptProps> = {}, appearance = APPEARANCE) {
  const locale = overrides.locale ?? 'en';
  const props: PromptProps = {
    question: QUESTIONS.nps,
    locale,
    strings: stringsFor(locale),
    endpointHost: 'collect.example.com',
    policyUrl: 'https://acme.example/privacy',
    sendsVisitorId: true,
    onSubmit: vi.fn(),
    onDismiss: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const mounted = mountPrompt(document, appearance, props);
  return { props, mounted };
}
