// `npm run sizes`: rewrites the README's size tables from the current build (npm test checks
// that they match it).
import { readFileSync, writeFileSync } from 'node:fs';
import { measureChunks, sizeTables } from './chunks';

const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(
  /<!-- sizes:start -->\n[\s\S]*?\n<!-- sizes:end -->/,
  `<!-- sizes:start -->\n${sizeTables(measureChunks())}\n<!-- sizes:end -->`,
);
writeFileSync('README.md', next);
console.info(next === readme ? 'README sizes already up to date' : 'README sizes updated');
