// The coverage plan's cells, from the config as the SDK resolves it: which questions and
// surveys ask each quality at each stage, and where a quality usually fits but nothing asks.
import { DEFAULT_QUESTIONS, QUALITIES, type ResolvedConfig } from 'waypoint-feedback';
import { QUALITY_STAGES } from 'waypoint-feedback/wire';

export interface Cell {
  quality: string;
  stage: string;
  /** Ids of the questions and surveys that ask it. */
  by: string[];
  /** The quality usually fits this stage (QUALITY_STAGES), and nothing asks it: a gap. */
  gap: boolean;
}

export function coverage(config: ResolvedConfig): Cell[][] {
  const stages = config.stages.map((s) => s.id);
  return QUALITIES.map((quality) =>
    stages.map((stage) => {
      const by = [
        ...config.questions.filter((q) => q.quality === quality && q.stages.includes(stage)),
        ...config.surveys.filter((s) => s.quality === quality && s.stages.includes(stage)),
      ].map((x) => x.id);
      const usual = (QUALITY_STAGES[quality] as readonly string[]).includes(stage);
      return { quality, stage, by, gap: usual && by.length === 0 };
    }),
  );
}

type BankQuestion = (typeof DEFAULT_QUESTIONS)[number];

/** The bank's question for `quality` at `stage`: one made for that stage, else the quality's own. */
export function bankQuestion(quality: string, stage: string): BankQuestion | undefined {
  const of = DEFAULT_QUESTIONS.filter((q) => q.quality === quality);
  return of.find((q) => q.stages?.includes(stage)) ?? of.find((q) => !q.stages) ?? of[0];
}

/**
 * The questions after adding the bank's question for a gap: a copy asked at that stage, or,
 * when the config already has it, that stage added to its stages.
 */
export function withBankQuestion(
  questions: Record<string, unknown>[],
  quality: string,
  stage: string,
): Record<string, unknown>[] | undefined {
  const bank = bankQuestion(quality, stage);
  if (!bank) return undefined;
  const at = questions.findIndex((q) => q.id === bank.id);
  if (at < 0) {
    return [...questions, { ...structuredClone(bank), stages: [stage] } as Record<string, unknown>];
  }
  const existing = questions[at] as { stages?: string[] };
  const stages = [
    ...new Set([
      ...(existing.stages ?? (QUALITY_STAGES as Record<string, readonly string[]>)[quality] ?? []),
      stage,
    ]),
  ];
  return questions.map((q, i) => (i === at ? { ...q, stages } : q));
}
