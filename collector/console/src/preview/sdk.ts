// The SDK's own chunks as the collector serves them to sites: the card (`createCard`) and one
// pack per shipped language. The preview draws with exactly the code a visitor gets.
import type { CardOptions } from 'waypoint-feedback';

export interface SdkManifest {
  chunks: Record<string, string>;
  /** The shipped languages, English first. */
  languages: string[];
  schema: string;
}

export interface PreviewCard {
  show(item: unknown, trigger: string, pack: unknown, onGone?: () => void): Promise<string>;
  close(): void;
}

let manifest: Promise<SdkManifest> | undefined;

export function sdkManifest(): Promise<SdkManifest> {
  manifest ??= fetch('/console/sdk.json').then((r) => {
    if (!r.ok) throw new Error(`/console/sdk.json answered ${r.status}`);
    return r.json() as Promise<SdkManifest>;
  });
  return manifest;
}

async function chunk<T>(name: string): Promise<T> {
  const m = await sdkManifest();
  const url = m.chunks[name];
  if (!url) throw new Error(`the collector serves no "${name}" chunk: build waypoint-feedback`);
  return (await import(/* @vite-ignore */ url)) as T;
}

export const loadCard = () =>
  chunk<{ createCard(o: CardOptions): PreviewCard }>('ui').then((m) => m.createCard);

export const loadPack = (language: string) =>
  chunk<{ pack: unknown }>(language).then((m) => m.pack);
