export type { RenderOptions, RenderResult } from './act/inline';
export { type ConfigIssue, WaypointConfigError } from './config/error';
export { localize } from './config/localize';
export { parseConfig, type ResolvedConfig } from './config/parse';
export type {
  Audience,
  LocalizedText,
  Question,
  QuestionConfig,
  Schedule,
  StageRule,
  SurveyConfig,
  Trigger,
  WaypointConfig,
} from './config/schema';
export type { AnswerValue, ErrorCode, WaypointEvents } from './contract/events';
export type { ResponseRef } from './contract/types';
export type { PendingReport } from './delivery/delivery';
export type { FlushResult } from './delivery/flusher';
export { QUALITIES, QUALITY_NAMES, type Quality } from './model/qualities';
export { QUESTION_TYPES, type QuestionType } from './model/question-types';
export { DEFAULT_STAGES } from './model/stages';
export {
  type AskResult,
  createWaypoint,
  SDK_VERSION,
  type Waypoint,
  type WaypointOptions,
} from './root/waypoint';
export type { KeyValueStore } from './storage/store';
export type { EventContext, WaypointCloudEvent } from './transport/envelope';
export { checkWaypointEvent, type WireEvent, waypointEventSchema } from './transport/wire-schema';
export type { CardMoment, CardOptions } from './ui/card-options';
export { DEFAULT_QUESTIONS } from './ui/i18n/default-questions';
