/**
 * What the composition root hands the prompt: plain, already localised data and callbacks.
 * The UI knows nothing of storage, delivery or targeting.
 */
import type { AnswerValue } from '../events';
import type { Quality } from '../model/qualities';
import type { QuestionType } from '../model/question-types';

export interface PromptQuestion {
  id: string;
  type: QuestionType;
  quality: Quality;
  text: string;
  labels?: { min?: string; max?: string };
  options?: Array<{ id: string; text: string }>;
  multiple: boolean;
  placeholder?: string;
  maxLength: number;
  followUp?: { when: { min?: number; max?: number; in?: string[] }; text: string };
}

/** How far an answer has got: drives the honest "thank you" (DESIGN §3, issue 4). */
export type DeliveryState = 'saving' | 'saved' | 'saved-offline' | 'volatile' | 'sent';

export interface PromptProps {
  question: PromptQuestion;
  locale: string;
  /** Host of the endpoint, for "Why am I asked?". */
  endpointHost: string;
  policyUrl?: string;
  /** Whether a visitor id is sent (false in anonymous mode). */
  sendsVisitorId: boolean;
  /** Current delivery state of the submitted answer, if any. */
  delivery?: DeliveryState;
  onSubmit(value: AnswerValue, followUp: string | undefined): void;
  onDismiss(reason: 'dismiss' | 'escape' | 'opt-out'): void;
  onClose(): void;
}

/** Props every question component receives. */
export interface QuestionProps {
  question: PromptQuestion;
  value: AnswerValue | undefined;
  onChange(value: AnswerValue): void;
  /** Id of the element holding the question text, for `aria-labelledby`. */
  labelId: string;
  strings: import('./i18n').Strings;
}
