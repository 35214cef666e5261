// The coverage plan: the quality × stage grid, each cell naming what asks it, the usual cells
// that nothing asks marked as gaps, and one click to add the bank's question for a gap.
import { QUALITY_NAMES } from 'waypoint-feedback';
import type { Draft } from '../use-draft.ts';
import { bankQuestion, coverage, withBankQuestion } from './coverage.ts';

export function CoveragePage(p: { draft: Draft; readOnly: boolean; onAdded(id: string): void }) {
  const config = p.draft.resolved;
  if (!config) {
    return (
      <section class="panel" aria-labelledby="coverage-title">
        <h1 id="coverage-title">Coverage plan</h1>
        <p>Fix the problems in the editor to see which question covers each cell.</p>
      </section>
    );
  }
  const rows = coverage(config);
  const stages = config.stages.map((s) => s.id);
  const gaps = rows.flat().filter((c) => c.gap).length;
  const add = (quality: string, stage: string) => {
    const questions = (Array.isArray(p.draft.doc.questions) ? p.draft.doc.questions : []) as Record<
      string,
      unknown
    >[];
    const next = withBankQuestion(questions, quality, stage);
    if (!next) return;
    p.draft.setDoc({ ...p.draft.doc, questions: next });
    p.onAdded(bankQuestion(quality, stage)?.id ?? '');
  };
  return (
    <section class="panel coverage" aria-labelledby="coverage-title">
      <h1 id="coverage-title">Coverage plan</h1>
      <p>
        Which question asks each quality at each stage of the journey in the draft.{' '}
        {gaps === 0 ? 'No gaps.' : <strong>{gaps === 1 ? '1 gap.' : `${gaps} gaps.`}</strong>} A gap
        is a stage where the quality usually matters and nothing asks it. Blank cells are stages
        where it seldom does.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable) */}
      <section class="table-wrap" tabIndex={0} aria-label="Coverage grid, scrolls sideways">
        <table class="grid">
          <caption class="visually-hidden">Questions by quality and stage</caption>
          <thead>
            <tr>
              <th scope="col">Quality</th>
              {stages.map((s) => (
                <th scope="col" key={s}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]?.quality}>
                <th scope="row">
                  {QUALITY_NAMES[row[0]?.quality as keyof typeof QUALITY_NAMES] ?? row[0]?.quality}
                </th>
                {row.map((cell) => (
                  <td
                    key={cell.stage}
                    class={
                      cell.by.length ? 'grid__covered' : cell.gap ? 'grid__gap' : 'grid__blank'
                    }
                  >
                    {cell.by.length > 0 && cell.by.join(', ')}
                    {cell.gap && (
                      <>
                        <span class="grid__mark">Gap</span>
                        {!p.readOnly && (
                          <button
                            type="button"
                            class="button button--small"
                            aria-label={`Add the bank question for ${cell.quality} at ${cell.stage}`}
                            onClick={() => add(cell.quality, cell.stage)}
                          >
                            Add
                          </button>
                        )}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
