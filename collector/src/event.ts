/**
 * One Waypoint event as it travels on the wire: a CloudEvents 1.0 object (DESIGN.md §5).
 * `site`, `stage`, `quality` and `sentat` are extension attributes, so a broker can route
 * on them without opening `data`.
 */
export interface WireEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  data: Record<string, unknown>;
  subject?: string;
  datacontenttype?: string;
  sentat?: string;
  site?: string;
  stage?: string;
  quality?: string;
}

/** An event as the collector exports it: the wire event plus when it was stored. */
export interface StoredEvent extends WireEvent {
  /** Extension attribute (lowercase per CloudEvents naming rules): the collector's clock. */
  receivedat: string;
}
