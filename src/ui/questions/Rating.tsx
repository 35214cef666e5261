/** A rating from 1 to 5. */
import { SCALES } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Scale } from './Scale';

export function Rating(props: QuestionProps) {
  return <Scale {...props} {...SCALES.rating} variant="rating" />;
}
