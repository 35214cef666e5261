// A free-text answer ready for `captureEvent`, with the context every test event carries.
import { type CaptureInput, MAX_TEXT } from '../../../src/transport/capture';
import { makeEvent } from './events';

export function textAnswer(value: string, followUp?: string): CaptureInput {
  return {
    type: 'waypoint.answer',
    id: 'answer-1',
    now: Date.now(),
    source: 'https://shop.example',
    site: 'shop',
    stage: 'use',
    question: { id: 'q', type: 'text', quality: 'advocate', version: 1, maxLength: MAX_TEXT },
    text: 'Anything else?',
    answer: followUp === undefined ? { value } : { value, followUp },
    context: makeEvent().data.context,
    scrubText: true,
  };
}
