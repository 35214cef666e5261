// The layer rules the tree must obey (STYLE.md), checked by dependency-cruiser in `npm test`
// (`npm run layers`), so the architecture cannot drift silently.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a tree: a cycle means two concepts that cannot be split.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'ui-only-through-its-chunk',
      severity: 'error',
      comment:
        'Nothing statically imports ui/: the card is one dynamic import away (src/lazy/chunks.ts). Types may cross.',
      from: { path: '^src/', pathNot: '^src/(ui/|index\\.ts$)' },
      to: { path: '^src/ui/', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    {
      name: 'ui-reached-from-one-place',
      severity: 'error',
      comment: 'The one seam to the card and its languages is src/lazy/chunks.ts.',
      from: { path: '^src/', pathNot: '^src/lazy/chunks\\.ts$' },
      to: { path: '^src/ui/', dependencyTypes: ['dynamic-import'] },
    },
    {
      name: 'model-is-a-leaf',
      severity: 'error',
      comment: 'model/ is the vocabulary: it imports nothing of ours outside model/.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'contract-is-a-leaf',
      severity: 'error',
      comment: 'The shared contract imports nothing of ours but the model vocabulary (as types).',
      from: { path: '^src/contract/types\\.ts$' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'ui-knows-no-machinery',
      severity: 'error',
      comment:
        'ui/ gets data and callbacks; it never reaches queue, transport, targeting, journey or the root.',
      from: { path: '^src/ui/' },
      to: {
        path: '^src/(queue|transport|targeting|journey|record|embed|lazy|privacy)/|^src/(runtime|waypoint|embed|prompter|api|index)\\.ts$',
      },
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
      from: { path: '^src/', pathNot: '^src/storage/idb\\.ts$' },
      to: { path: 'node_modules/idb-keyval' },
    },
    {
      name: 'zod-only-in-config',
      severity: 'error',
      comment: 'The schema is the validation chunk; the core never carries zod.',
      from: { path: '^src/', pathNot: '^src/(config|transport/wire-schema)' },
      to: { path: 'node_modules/zod', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'the-core-never-validates',
      severity: 'error',
      comment: 'The script-tag entry reaches the schema only through the validation chunk.',
      from: { path: '^src/(embed|runtime|prompter|targeting|journey|lazy|record)' },
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
