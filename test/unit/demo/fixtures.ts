import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireEvent } from '../../../collector/src/event.ts';

let sequence = 0;

/** A valid Waypoint answer event, as the SDK puts it on the wire; override any attribute. */
export function makeEvent(overrides: Partial<WireEvent> & Record<string, unknown> = {}): WireEvent {
  sequence += 1;
  return {
    specversion: '1.0',
    id: `0193a4f2-7b1c-7d3e-9a41-${String(sequence).padStart(12, '0')}`,
    source: 'http://localhost:4310',
    type: 'waypoint.answer',
    subject: 'advocate-nps',
    time: new Date(Date.UTC(2026, 10, 22, 13, 0, sequence)).toISOString(),
    datacontenttype: 'application/json',
    site: 'demo-shop',
    stage: 'use',
    quality: 'advocate',
    data: {
      question: { id: 'advocate-nps', type: 'nps', text: 'How likely …?', version: 1 },
      answer: { value: 9 },
      context: {
        page: '/account',
        locale: 'en',
        session: 's-1',
        trigger: 'manual',
        sampleRate: 1,
        journey: { stagesSeen: ['use'], daysSinceFirstSeen: 0 },
        device: 'desktop',
        sdk: 'waypoint/0.1.0',
      },
    },
    ...overrides,
  } as WireEvent;
}

/** A fresh folder for a real SQLite file; `remove` deletes it with everything inside. */
export function makeTempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'waypoint-demo-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
