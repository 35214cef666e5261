import type { ComponentType } from 'preact';
import type { QuestionType } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Choice } from './Choice';
import { Effort } from './Effort';
import { Emoji } from './Emoji';
import { Nps } from './Nps';
import { Rating } from './Rating';
import { Text } from './Text';
import { YesNo } from './YesNo';

/** One component per question type; the compiler rejects a missing type (STYLE §9). */
export const QUESTION_COMPONENTS: Record<QuestionType, ComponentType<QuestionProps>> = {
  nps: Nps,
  rating: Rating,
  effort: Effort,
  emoji: Emoji,
  yesno: YesNo,
  choice: Choice,
  text: Text,
};
