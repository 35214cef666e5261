// The map of chunk names to built file names, written by the chunk build (rollup.config.mjs).
declare module 'virtual:waypoint-chunks' {
  const chunks: Record<string, string | undefined>;
  export default chunks;
  /** The files each chunk file imports statically. */
  export const imports: Record<string, string[] | undefined>;
}
