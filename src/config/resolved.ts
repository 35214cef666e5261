/**
 * The config the SDK runs on, every default filled in: inferred from the schema's output (types
 * only, so the script-tag core carries no zod), with what the resolver adds on top.
 */
import type { Quality } from '../model/qualities';
import type { LocalizedText, ParsedConfig, Question, StageRule, Survey } from './schema';

/** `T` with its text optional: the bank's texts arrive with the card's language chunk. */
type TextLater<T extends { text: LocalizedText }> = Omit<T, 'text'> & { text?: LocalizedText };

/** What targeting needs of anything it can show: what a question and a survey share. */
export type Targetable = Omit<Survey, 'steps' | 'stages'> & { quality: Quality; stages: string[] };

/** A question as the SDK runs on it; texts are absent on questions of the built-in bank. */
export type ResolvedQuestion = TextLater<Omit<Question, 'stages' | 'options' | 'followUp'>> & {
  stages: string[];
  options?: Array<TextLater<NonNullable<Question['options']>[number]>>;
  followUp?: TextLater<NonNullable<Question['followUp']>>;
};

/** A survey as the SDK runs on it. Its `quality` is its first step's (for the caps). */
export type ResolvedSurvey = Targetable & Pick<Survey, 'steps'>;

/** What can be shown: one question, or a survey of questions. */
export type Askable = ResolvedQuestion | ResolvedSurvey;

/** Whether `a` is a survey (it has steps) rather than one question. */
export const isSurvey = (a: Askable): a is ResolvedSurvey => 'steps' in a;

/** `endpoint` and `privacy.policyUrl` are absolute URLs here. */
export type ResolvedConfig = Pick<
  ParsedConfig,
  'locale' | 'limits' | 'appearance' | 'privacy' | 'debug'
> & {
  site: string;
  endpoint: string;
  stages: StageRule[];
  questions: ResolvedQuestion[];
  surveys: ResolvedSurvey[];
};
