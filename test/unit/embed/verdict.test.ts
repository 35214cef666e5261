import { describe, expect, it } from 'vitest';
import { verdict } from '../../../src/embed/verdict';

describe('the schema verdict (debug mode)', () => {
  it('names every problem by path', async () => {
    const issues = await verdict(
      { endpoint: 'https://c.example/e', colour: 'red', questions: [{ id: 'q' }] },
      'https://shop.example/',
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['colour', 'questions[0].quality', 'questions[0].type']),
    );
  });

  it('finds nothing wrong with a valid config', async () => {
    expect(await verdict({ endpoint: '/v1/events' }, 'https://shop.example/')).toEqual([]);
  });
});
