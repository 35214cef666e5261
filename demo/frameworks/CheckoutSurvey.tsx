/** @jsxImportSource react */
// Waypoint in React: the checkout survey as an inline card, in the component's own element.
import { useEffect, useRef } from 'react';
import { createWaypoint, type WaypointConfig } from 'waypoint-feedback';

/**
 * Shows the `order-feedback` card inside this component; pass a config that keeps its
 * identity between renders (a module constant, or `useMemo`), or the widget restarts.
 *
 * @example
 * <CheckoutSurvey config={config} /> // config: a module constant with the survey (README.md)
 */
export function CheckoutSurvey({ config }: { config: WaypointConfig }) {
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!card.current) return;
    // In an effect, so it runs in the browser only (never during server rendering).
    const wp = createWaypoint(config);
    wp.render(card.current, 'order-feedback');
    // Unmounting removes the card, listeners and timers; answers still queued are kept.
    return () => wp.destroy();
  }, [config]);

  return <div ref={card} />;
}
