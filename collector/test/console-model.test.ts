// The console's pure parts: editing a document by the paths the SDK's problems name, the page's
// check (the collector's own, in the browser), the coverage plan's cells and bank gaps, and
// preview links.

import { describe, expect, it } from 'vitest';
import { parseConfig } from 'waypoint-feedback';
import { checkDraft } from '../console/src/check.ts';
import { coverage, withBankQuestion } from '../console/src/coverage/coverage.ts';
import { formatPath, parsePath, setAt } from '../console/src/doc-path.ts';
import { previewLink } from '../console/src/preview/preview-link.ts';
import { checkPublishedConfig } from '../src/config-check.ts';

const ORIGIN = 'https://feedback.example';

describe('document paths', () => {
  it.each([
    ['questions[0].type', ['questions', 0, 'type']],
    ['surveys[1].steps[0].next[2].goto', ['surveys', 1, 'steps', 0, 'next', 2, 'goto']],
    ['limits.perStage.max', ['limits', 'perStage', 'max']],
    ['', []],
  ])('reads %s both ways', (path, segments) => {
    expect(parsePath(path)).toEqual(segments);
    expect(formatPath(segments)).toBe(path);
  });

  it('writes a copy, and leaves the original alone', () => {
    const doc = { questions: [{ id: 'a', text: 'A' }] };
    const next = setAt(doc, ['questions', 0, 'text'], 'B');
    expect(next).toEqual({ questions: [{ id: 'a', text: 'B' }] });
    expect(doc.questions[0]?.text).toBe('A');
  });

  it('removes a key, an array element, and an object left empty', () => {
    const doc = { questions: [{ id: 'a', schedule: { from: '2026-12-01' } }, { id: 'b' }] };
    expect(setAt(doc, ['questions', 0, 'schedule', 'from'], undefined)).toEqual({
      questions: [{ id: 'a' }, { id: 'b' }],
    });
    expect(setAt(doc, ['questions', 0], undefined)).toEqual({ questions: [{ id: 'b' }] });
  });

  it('creates the objects on the way to a new value', () => {
    expect(setAt({}, ['appearance', 'launcher', 'survey'], 'x')).toEqual({
      appearance: { launcher: { survey: 'x' } },
    });
  });
});

describe('the page check', () => {
  it.each([
    [{ questions: [] }],
    [{ questions: [{ id: 'not an id!', type: 'slider' }] }],
    [{ site: 'other-shop' }],
    [[]],
    [{ endpoint: 'ftp://x' }],
  ])('finds what the collector finds in %j', (config) => {
    expect(checkDraft(config, 'shop', ORIGIN)).toEqual(
      checkPublishedConfig(config, 'shop', ORIGIN),
    );
  });
});

describe('the coverage plan', () => {
  const resolve = (doc: object) => parseConfig({ ...doc, endpoint: `${ORIGIN}/v1/events` });
  const q = (id: string, quality: string, stages?: string[]) => ({
    id,
    quality,
    type: 'nps',
    text: 'How likely?',
    ...(stages ? { stages } : {}),
  });

  it("names what asks each cell, and marks the quality's usual stages nothing asks as gaps", () => {
    const grid = coverage(resolve({ questions: [q('nps-use', 'advocate', ['use'])] }));
    const advocate = grid.find((row) => row[0]?.quality === 'advocate') ?? [];
    const cell = (stage: string) => advocate.find((c) => c.stage === stage);
    expect(cell('use')).toMatchObject({ by: ['nps-use'], gap: false });
    expect(cell('renew')).toMatchObject({ by: [], gap: true });
    expect(cell('aware')).toMatchObject({ by: [], gap: false });
  });

  it("adds the bank's question for a gap, then only its stage when it is there", () => {
    const once = withBankQuestion([], 'advocate', 'use') ?? [];
    expect(once).toHaveLength(1);
    expect(once[0]).toMatchObject({ quality: 'advocate', stages: ['use'] });
    const twice = withBankQuestion(once, 'advocate', 'renew') ?? [];
    expect(twice).toHaveLength(1);
    expect(twice[0]?.stages).toEqual(['use', 'renew']);
    // The result is a config the schema takes, and it covers both cells.
    const grid = coverage(resolve({ questions: twice }));
    const advocate = grid.find((row) => row[0]?.quality === 'advocate') ?? [];
    expect(advocate.filter((c) => c.by.length > 0).map((c) => c.stage)).toEqual(['use', 'renew']);
  });
});

describe('previewLink', () => {
  it.each([
    ['https://shop.example/checkout', 'https://shop.example/checkout#waypoint-preview=nps'],
    ['https://shop.example', 'https://shop.example/#waypoint-preview=nps'],
    // The page's own fragment gives way; its query stays, for a page that needs it.
    [
      'http://localhost:5173/cart?step=2#top',
      'http://localhost:5173/cart?step=2#waypoint-preview=nps',
    ],
    ['  https://shop.example/a  ', 'https://shop.example/a#waypoint-preview=nps'],
  ])('puts the id on %s', (page, link) => {
    expect(previewLink(page, 'nps')).toEqual({ ok: true, link });
  });

  it.each([['shop.example/checkout'], ['ftp://shop.example/'], ['javascript:alert(1)'], ['']])(
    'refuses %j, saying what an address needs',
    (page) => {
      const result = previewLink(page, 'nps');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(/https:\/\//);
    },
  );
});
