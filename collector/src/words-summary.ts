// `GET /v1/summary/words`: for each quality, the terms its customers used most in their written
// answers over the range, counted on the collector (words.ts) from each store's rows.
import { QUALITIES } from 'waypoint-feedback/wire';
import { type WordsRow, wordsEntries } from './cell-answers.ts';
import type { QualityTerms, WordsSummary } from './cell-types.ts';
import type { SummaryQuery } from './summary.ts';
import { topTerms } from './words.ts';

export type { WordsSummary };

/** How many rows with words one summary reads at most (the newest), to bound its cost. */
export const WORDS_SCAN = 10_000;
/** How many terms each quality lists. */
export const TERMS_PER_QUALITY = 8;

/** A row with words and the quality it answered. */
export type QualityWordsRow = WordsRow & { quality: string | null };

function rank(quality: string): number {
  const at = (QUALITIES as readonly string[]).indexOf(quality);
  return at === -1 ? QUALITIES.length : at;
}

/**
 * Builds the JSON of `GET /v1/summary/words` from the newest rows with words, read up to one
 * past {@link WORDS_SCAN}: it counts the first WORDS_SCAN, and `capped` says the range held more.
 *
 * @example
 * assembleWords(query, rows).qualities[0];
 * // → { quality: 'perspective', texts: 12, terms: [{ term: 'delivery', count: 5 }, …] }
 */
export function assembleWords(query: SummaryQuery, rows: readonly QualityWordsRow[]): WordsSummary {
  const byQuality = new Map<string, Array<{ text: string; locale: string | null }>>();
  for (const row of rows.slice(0, WORDS_SCAN)) {
    if (row.quality === null) continue;
    const texts = byQuality.get(row.quality) ?? [];
    byQuality.set(row.quality, texts);
    for (const entry of wordsEntries(row)) texts.push(entry);
  }
  const qualities: QualityTerms[] = [...byQuality]
    .map(([quality, texts]) => ({
      quality,
      texts: texts.length,
      terms: topTerms(texts, TERMS_PER_QUALITY),
    }))
    .sort((a, b) => rank(a.quality) - rank(b.quality) || (a.quality < b.quality ? -1 : 1));
  return {
    range: { from: query.from, to: query.to },
    site: query.site ?? null,
    stage: query.stage ?? null,
    qualities,
    capped: rows.length > WORDS_SCAN,
  };
}
