/**
 * What the composition root hands the prompt: plain, already localised data and callbacks.
 * The UI knows nothing of storage, delivery or targeting.
 */
import type { AnswerValue, DismissReason } from '../contract/types';
import type { Quality } from '../model/qualities';
import type { QuestionType } from '../model/question-types';
import type { Strings } from './i18n';

export interface PromptQuestion {
  id: string;
  type: QuestionType;
  quality: Quality;
  text: string;
  labels?: { min?: string; max?: string };
  /** In the order shown (a shuffled question's is the visitor's own). */
  options?: Array<{ id: string; text: string; fixed?: boolean }>;
  multiple: boolean;
  placeholder?: string;
  maxLength: number;
  followUp?: { when: { min?: number; max?: number; in?: string[] }; text: string };
}

/** How far an answer has got: drives the honest "thank you" (DESIGN §3). */
/** `answered`: an inline card completed on an earlier page, drawn as done. */
export type DeliveryState =
  | 'saving'
  | 'saved'
  | 'saved-offline'
  | 'volatile'
  | 'sent'
  | 'failed'
  | 'answered';

export interface PromptProps {
  question: PromptQuestion;
  /** The page's locale (config, `data-locale`, `<html lang>`, then the browser's). */
  locale: string;
  /** The card's strings, from the one language chunk loaded for `locale`. */
  strings: Strings;
  /** Host of the endpoint, for "Why am I asked?". */
  endpointHost: string;
  policyUrl?: string;
  /** Whether a visitor id is sent (false in anonymous mode). */
  sendsVisitorId: boolean;
  /** Whether an `identify` user id is sent; "Why am I asked?" lists it when true. */
  sendsUserId?: boolean;
  /** A survey's progress, e.g. "2 of 3" (shown, and announced with the question). */
  progress?: string;
  /** Move focus to the question on mount: the customer was in the card as the step changed. */
  takeFocus?: boolean;
  /** The customer opened the card (the launcher, an inline card): no "Don't ask me again". */
  initiated?: boolean;
  /** Current delivery state of the submitted answer, if any. */
  delivery?: DeliveryState;
  /** Drawn by a preview link: a visible badge; nothing is recorded. */
  preview?: boolean;
  onSubmit(value: AnswerValue, followUp: string | undefined): void;
  onDismiss(reason: DismissReason): void;
  onClose(): void;
  /** The customer pressed, typed or focused inside the card (an `ask` never replaces it then). */
  onEngage?(): void;
}

/** Props every question component receives. */
export interface QuestionProps {
  question: PromptQuestion;
  value: AnswerValue | undefined;
  onChange(value: AnswerValue): void;
  /** Id of the element holding the question text, for `aria-labelledby`. */
  labelId: string;
  strings: Strings;
  /**
   * `'auto'` when config text may be in another language than the UI strings (the UI fell
   * back to English), so a Hebrew question in an English card still reads right to left.
   */
  textDir?: 'auto';
}
