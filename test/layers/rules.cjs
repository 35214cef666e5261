// The layer rules the tree must obey (STYLE.md), checked by dependency-cruiser in `npm test`
// (`npm run layers`), so the architecture cannot drift silently.
const { CLIMBS, FILES, LAYERS } = require('./layers.cjs');

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const file = (path) => `^${esc(path)}$`;
const anyOf = (names) =>
  names.map((n) => (n.endsWith('.ts') ? `^src/${esc(n)}$` : `^src/${esc(n)}/`)).join('|');
const climbers = [...new Set(CLIMBS.map(([from]) => from))];
// An empty pattern matches every path: with no climbers, nothing is excused.
const climbing = climbers.length ? climbers.map(file).join('|') : '^$';

// One rule per layer: nothing in it imports a layer above it (types included).
const importsPointDown = LAYERS.slice(1).map((layer, i) => ({
  name: `${layer.join('-')}-imports-down`,
  severity: 'error',
  comment: `${layer.join(' and ')} import only their own layer and those below (layers.cjs).`,
  from: { path: anyOf(layer), pathNot: climbing },
  to: { path: anyOf(LAYERS.slice(0, i + 1).flat()) },
}));

// A file that still climbs may climb only where layers.cjs says, and nowhere else.
const knownClimbs = climbers.map((from) => {
  const layer = LAYERS.findIndex((l) => new RegExp(anyOf(l)).test(from));
  const allowed = CLIMBS.filter(([f]) => f === from).map(([, to]) => file(to));
  return {
    name: `${from.slice(4, -3).replace(/\//g, '-')}-climbs-only-where-listed`,
    severity: 'error',
    from: { path: file(from) },
    to: { path: anyOf(LAYERS.slice(0, layer).flat()), pathNot: allowed.join('|') },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...importsPointDown,
    ...knownClimbs,
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a tree: a cycle means two concepts that cannot be split.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lazy-reached-from-the-root',
      severity: 'error',
      comment: "The chunk loaders are the root's to hand out (the entries set their base URL).",
      from: {
        path: '^src/',
        pathNot: `${anyOf([...LAYERS[0], 'root', 'lazy'])}|${climbing}`,
      },
      to: { path: '^src/lazy/' },
    },
    {
      name: 'ui-only-through-its-chunk',
      severity: 'error',
      comment: `Nothing statically imports ui/ but the act's entry, itself one dynamic import away (${FILES.uiSeam}): the act and the card it draws are one chunk. Types may cross.`,
      from: { path: '^src/', pathNot: '^src/(ui/|index\\.ts$|act/entry\\.ts$)' },
      to: { path: '^src/ui/', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    {
      name: 'ui-reached-from-one-place',
      severity: 'error',
      comment: `The one seam to the card and its languages is ${FILES.uiSeam}.`,
      from: { path: '^src/', pathNot: file(FILES.uiSeam) },
      to: { path: '^src/ui/', dependencyTypes: ['dynamic-import'] },
    },
    {
      name: 'ui-knows-no-machinery',
      severity: 'error',
      comment: 'ui/ gets data and callbacks; it never reaches the layers that run the widget.',
      from: { path: '^src/ui/' },
      to: {
        path: anyOf([
          'launcher',
          'journey',
          'targeting',
          'delivery',
          'transport',
          'privacy',
          'storage',
        ]),
      },
    },
    {
      name: 'model-is-a-leaf',
      severity: 'error',
      comment: 'model/ is the vocabulary: it imports nothing of ours outside model/.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'platform-is-a-leaf',
      severity: 'error',
      comment: 'platform/ reaches the browser for everyone else, and imports nothing of ours.',
      from: { path: '^src/platform/' },
      to: { path: '^src/', pathNot: '^src/platform/' },
    },
    {
      name: 'contract-is-a-leaf',
      severity: 'error',
      comment: 'The shared contract imports nothing of ours but the model vocabulary.',
      from: { path: '^src/contract/' },
      to: { path: '^src/', pathNot: '^src/(contract|model)/' },
    },
    {
      name: 'preact-only-in-ui',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: 'node_modules/preact', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'idb-keyval-only-in-the-idb-store',
      severity: 'error',
      from: { path: '^src/', pathNot: file(FILES.idbStore) },
      to: { path: 'node_modules/idb-keyval' },
    },
    {
      name: 'zod-only-in-config',
      severity: 'error',
      comment: 'The schema is the validation chunk; the core never carries zod.',
      from: { path: '^src/', pathNot: `^src/config/|${file(FILES.wireSchema)}` },
      to: { path: 'node_modules/zod', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'the-core-never-validates',
      severity: 'error',
      comment: 'Only the npm constructor runs the schema; the script tag reaches it as a chunk.',
      from: {
        path: `^src/embed|${anyOf(['root', 'lazy', 'act', 'launcher', 'journey', 'targeting', 'delivery', 'storage'])}`,
        pathNot: file(FILES.npmConstructor),
      },
      to: {
        path: '^src/config/(parse|schema|issues|validate-entry)\\.ts$',
        dependencyTypesNot: ['type-only', 'dynamic-import'],
      },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
