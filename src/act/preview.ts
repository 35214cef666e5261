/**
 * A preview link (`#waypoint-preview=<id>`): one question or survey drawn at once with a
 * "Preview" badge, and nothing recorded, counted, sent or stored.
 */
import type { ResolvedConfig } from '../config/resolved';
import type { ErrorCode } from '../contract/types';
import { languageFor } from '../model/languages';
import { uuidv7 } from '../transport/uuid';
import type { LazyCardOptions } from './lazy-card';

export interface PreviewDeps extends Pick<LazyCardOptions, 'loadUi' | 'loadPack'> {
  doc: Document;
  config: ResolvedConfig;
  locale: string;
  error(code: ErrorCode, message: string): void;
}

/**
 * Shows `id`'s card; false (and one error) when the config has no such question or survey.
 *
 * @example
 * await preview({ doc, config, locale, error, loadUi, loadPack }, 'advocate-nps');
 */
export async function preview(d: PreviewDeps, id: string): Promise<boolean> {
  const item = [...d.config.questions, ...d.config.surveys].find((i) => i.id === id);
  if (!item) {
    d.error('unknown-question', `the preview link names "${id}", not a question or survey here`);
    return false;
  }
  const [ui, pack] = await Promise.all([d.loadUi(), d.loadPack(languageFor(d.locale))]);
  const none = () => undefined;
  const newId = () => uuidv7(Date.now());
  const card = ui.createCard({
    ...d,
    newId,
    preview: true,
    sendsVisitorId: () => false,
    isOffline: () => false,
    seed: newId,
    record: async () => ({ id: newId(), stored: true, persisted: true }),
    onShown: none,
    onAnswer: none,
    onDismissed: none,
    onOptOut: none,
    flush: none,
  });
  await card.show(item, 'preview', pack);
  return true;
}
