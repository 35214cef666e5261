/** Net Promoter Score: 0 (not at all likely) to 10 (extremely likely), in two rows of 6 + 5. */
import { SCALES } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Scale } from './Scale';

export function Nps(props: QuestionProps) {
  return <Scale {...props} {...SCALES.nps} variant="nps" />;
}
