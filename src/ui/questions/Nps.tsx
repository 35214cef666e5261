/** Net Promoter Score: 0 (not at all likely) to 10 (extremely likely), on one row of
 * 24 px tiles wherever they fit, 6 + 5 rows of 44 px on a narrow phone (styles/options.css). */
import { SCALES } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Scale } from './Scale';

export function Nps(props: QuestionProps) {
  return <Scale {...props} {...SCALES.nps} variant="nps" />;
}
