/**
 * The config the SDK runs on, every default filled in. Written out (not inferred from the
 * schema) so the script-tag core can use it without carrying zod; `parse.ts` checks at compile
 * time that the schema's output still fits it.
 */
import type { Launcher, ResolvedQuestion, ResolvedSurvey } from '../contract/types';

export type { Launcher, ResolvedQuestion, ResolvedSurvey } from '../contract/types';

/** A site's journey stage and the rules that put the visitor in it. */
export interface ResolvedStage {
  id: string;
  paths: string[];
  events: string[];
}

/** How rarely anyone is asked: session cap, gap between prompts, cooldowns and budgets. */
export interface ResolvedLimits {
  promptsPerSession: number;
  daysBetweenPrompts: number;
  dismissCooldownDays: number;
  perStage: { max: number; days: number };
  perQuality: { max: number; days: number };
}

export interface ResolvedAppearance {
  position: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'bottom-center';
  theme: 'auto' | 'light' | 'dark';
  accent: string;
  zIndex: number;
  /** CSP nonce for the <style> fallback and the chunks (defaults to the tag's own nonce). */
  nonce?: string;
  /** The feedback tab on every page, when configured. */
  launcher?: Launcher;
}

export interface ResolvedPrivacy {
  anonymous: boolean;
  requireConsent: boolean;
  scrubText: boolean;
  /** Absolute. */
  policyUrl?: string;
}

export interface ResolvedConfig {
  site: string;
  /** Absolute URL. */
  endpoint: string;
  locale: string;
  stages: ResolvedStage[];
  questions: ResolvedQuestion[];
  surveys: ResolvedSurvey[];
  limits: ResolvedLimits;
  appearance: ResolvedAppearance;
  privacy: ResolvedPrivacy;
  debug: boolean;
}
