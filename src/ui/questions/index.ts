import type { ComponentType } from 'preact';
import type { QuestionType } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Choice } from './Choice';
import { Emoji } from './Emoji';
import { Scale } from './Scale';
import { Text } from './Text';
import { YesNo } from './YesNo';

/** One component per question type; the compiler rejects a missing type (STYLE §9). */
export const QUESTION_COMPONENTS: Record<QuestionType, ComponentType<QuestionProps>> = {
  nps: Scale,
  rating: Scale,
  effort: Scale,
  emoji: Emoji,
  yesno: YesNo,
  choice: Choice,
  text: Text,
};
