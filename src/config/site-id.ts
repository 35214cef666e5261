/** The page's host name as a site id, when the config names none. */
export function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/[^A-Za-z0-9_.-]/g, '') || undefined;
  } catch {
    return undefined;
  }
}
