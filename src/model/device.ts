/** A coarse device class for reports, from the viewport and pointer, never the user agent. */
export type DeviceClass = 'mobile' | 'tablet' | 'desktop' | 'unknown';

export function deviceClass(
  win: { innerWidth?: number; matchMedia?: (q: string) => { matches: boolean } } | undefined,
): DeviceClass {
  const width = win?.innerWidth;
  if (!width) return 'unknown';
  const coarse = win.matchMedia?.('(pointer: coarse)').matches ?? false;
  if (width < 768) return 'mobile';
  if (coarse && width < 1200) return 'tablet';
  return 'desktop';
}
