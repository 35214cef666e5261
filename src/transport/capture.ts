// Builds the CloudEvent for a prompt shown, answered or dismissed, from the question and the
// moment's context. Free text is scrubbed and capped here, before anything is stored.
import type { Question } from '../config/schema';
import type { ResponseRef } from '../contract/types';
import { answerScore, type Scorable } from '../model/score';
import { scrub } from '../privacy/scrub';
import type {
  EnvelopeInput,
  EventAnswer,
  EventContext,
  WaypointCloudEvent,
  WaypointEventType,
} from './envelope';

/** RELIABILITY §8: one answer is at most 10,000 characters. */
export const MAX_TEXT = 10_000;

export interface CaptureInput {
  type: WaypointEventType;
  id: string;
  now: number;
  source: string;
  site: string;
  stage: string;
  question: Pick<Question, 'id' | 'type' | 'quality' | 'version' | 'maxLength'> &
    Pick<Scorable, 'options' | 'score'>;
  /** The question text as shown, in the shown locale. */
  text: string;
  answer?: EventAnswer;
  response?: ResponseRef;
  context: EventContext;
  scrubText: boolean;
}

/**
 * Scrubs, then caps: cutting first could leave half a number unscrubbed, and a placeholder
 * longer than what it replaced could push an answer past the wire limit and get it rejected.
 */
function cleanText(s: string, limit: number, scrubText: boolean): string {
  return (scrubText ? scrub(s) : s).slice(0, Math.min(limit, MAX_TEXT));
}

export function captureEvent(input: CaptureInput): WaypointCloudEvent {
  const { question: q, answer, scrubText } = input;
  let value = answer?.value;
  if (typeof value === 'string' && q.type === 'text')
    value = cleanText(value, q.maxLength, scrubText);
  // Scored from the config that asked, so a receiver needs no copy of it.
  const score = answerScore(q, value);
  const followUp =
    answer?.followUp === undefined ? undefined : cleanText(answer.followUp, q.maxLength, scrubText);
  return toCloudEvent({
    id: input.id,
    now: input.now,
    source: input.source,
    type: input.type,
    site: input.site,
    stage: input.stage,
    quality: q.quality,
    data: {
      question: { id: q.id, type: q.type, text: input.text, version: q.version },
      ...(value === undefined
        ? {}
        : {
            answer: {
              value,
              ...(score === undefined ? {} : { score }),
              ...(followUp === undefined ? {} : { followUp }),
              ...(answer?.order ? { order: answer.order } : {}),
            },
          }),
      ...(input.response ? { response: input.response } : {}),
      context: input.context,
    },
  });
}

/** Builds one CloudEvent. The id and time are fixed here, at capture, and never change. */
export function toCloudEvent(input: EnvelopeInput): WaypointCloudEvent {
  return {
    specversion: '1.0',
    id: input.id,
    source: input.source,
    type: input.type,
    subject: input.data.question.id,
    time: new Date(input.now).toISOString(),
    datacontenttype: 'application/json',
    site: input.site,
    stage: input.stage,
    quality: input.quality,
    data: input.data,
  };
}
