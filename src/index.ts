export { type ConfigIssue, WaypointConfigError } from './config/error';
export { localize } from './config/localize';
export { parseConfig, type ResolvedConfig } from './config/parse';
export type {
  LocalizedText,
  Question,
  QuestionConfig,
  StageRule,
  SurveyConfig,
  Trigger,
  WaypointConfig,
} from './config/schema';
export type { Audience, ResponseRef, Schedule } from './contract';
export type { AnswerValue, ErrorCode, WaypointEvents } from './events';
export type { RenderOptions, RenderResult } from './inline';
export { QUALITIES, QUALITY_NAMES, type Quality } from './model/qualities';
export { DEFAULT_QUESTIONS } from './model/question-bank';
export { QUESTION_TYPES, type QuestionType } from './model/question-types';
export { DEFAULT_STAGES } from './model/stages';
export type { PendingReport } from './queue/delivery';
export type { FlushResult } from './queue/flusher';
export type { KeyValueStore } from './queue/storage';
export type { EventContext, WaypointCloudEvent } from './transport/envelope';
export { checkWaypointEvent, type WireEvent, waypointEventSchema } from './transport/wire-schema';
export {
  type AskResult,
  createWaypoint,
  SDK_VERSION,
  type Waypoint,
  type WaypointOptions,
} from './waypoint';
