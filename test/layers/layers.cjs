// The layers of src/, top first: a module imports its own layer and the ones below it. Read by
// rules.cjs; test/unit/layers/layers.test.ts checks that it names the tree as it is.

/** Each layer's folders (or, for the entries, files) under src/. */
const LAYERS = [
  ['index.ts', 'embed.ts', 'embed'], // the entries: the npm surface and the script tag
  ['root'],
  ['lazy'],
  ['act'],
  ['ui', 'launcher'],
  ['journey'],
  ['targeting'],
  ['delivery'],
  ['transport'],
  ['privacy'],
  ['storage'],
  ['config'],
  ['contract'],
  ['model', 'platform'],
];

/** Imports that still climb, as [from, to] files, each until its layer is handed what it needs. */
const CLIMBS = [];

/** Single files the rules name. */
const FILES = {
  uiSeam: 'src/lazy/chunks.ts',
  idbStore: 'src/storage/idb.ts',
  npmConstructor: 'src/root/waypoint.ts',
  wireSchema: 'src/transport/wire-schema.ts',
};

module.exports = { LAYERS, CLIMBS, FILES };
