/**
 * What targeting is given by the composition root: the config, the page, the clock, and the
 * callbacks it decides through. Shared by the core part (targeting.ts) and the engine chunk.
 */
import type { Askable, ResolvedConfig } from '../config/resolved';
import type { ErrorCode } from '../contract/types';
import type { KeyValueStore } from '../storage/store';
import type { AudienceFacts } from './engine/audience';
import type { RuntimeWindow } from './engine/listeners/trigger-runtime';
import type { Visitor } from './visitor';

/** What targeting needs once storage is open (after consent, when consent is required). */
export interface TargetingHost {
  store: KeyValueStore;
  visitor: Visitor;
  isFull(): Promise<boolean>;
}

export interface TargetingOptions {
  config: ResolvedConfig;
  win?: RuntimeWindow;
  doc?: Document;
  now: () => number;
  newId: () => string;
  stage: () => string | undefined;
  consented: () => boolean;
  /** Opens storage (it calls `attach`); only called once consent allows. */
  open: () => Promise<unknown>;
  promptOpen: () => boolean;
  show: (item: Askable, trigger: string) => Promise<unknown>;
  /**
   * A question could become due on this page soon (its delay, scroll, exit or idle trigger is
   * all that is missing): the card's code may be fetched at idle time.
   */
  soon?: () => void;
  /** The identified traits, the device and the locale, for audiences. */
  who: () => Omit<AudienceFacts, 'returning'>;
  error: (code: ErrorCode, message: string) => void;
  /** The card's own host element, whose fields are not "the customer typing in a form". */
  ownHost?: string;
  out?: Pick<Console, 'info' | 'table'>;
}
