import { advocate } from './advocate';
import { anticipatory } from './anticipatory';
import { choice } from './choice';
import { duration } from './duration';
import { dynamic } from './dynamic';
import { integrative } from './integrative';
import { multifaceted } from './multifaceted';
import { operational } from './operational';
import { perspective, perspectiveReason } from './perspective';
import { preventive } from './preventive';
import { transparent } from './transparent';
import type { BankQuestion } from './types';

/**
 * The built-in question bank: at least one neutral question per quality, in canonical quality
 * order (perspective has a second one for the `aware` stage, where no other quality fits).
 */
export const DEFAULT_QUESTIONS: readonly BankQuestion[] = [
  perspectiveReason,
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
