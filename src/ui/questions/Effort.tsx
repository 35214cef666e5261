/** Customer effort from 1 to 7 (one row, or 4 + 3 on a narrow card). */
import { SCALES } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Scale } from './Scale';

export function Effort(props: QuestionProps) {
  return <Scale {...props} {...SCALES.effort} variant="effort" />;
}
