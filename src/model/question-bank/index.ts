import type { QuestionConfig } from '../../config/schema';
import { advocate } from './advocate';
import { anticipatory } from './anticipatory';
import { choice } from './choice';
import { duration } from './duration';
import { dynamic } from './dynamic';
import { integrative } from './integrative';
import { multifaceted } from './multifaceted';
import { operational } from './operational';
import { perspective } from './perspective';
import { preventive } from './preventive';
import { transparent } from './transparent';

/** The built-in question bank: one neutral question per quality, in canonical quality order. */
export const DEFAULT_QUESTIONS: readonly QuestionConfig[] = [
  perspective,
  preventive,
  duration,
  dynamic,
  choice,
  multifaceted,
  operational,
  integrative,
  anticipatory,
  transparent,
  advocate,
];
