// Stands in for codemirror-json-schema's JSON5 and YAML parsers (json5, yaml and their
// grammars): the console edits JSON only, so those modes are never asked for.
const jsonOnly = (): never => {
  throw new Error('the console edits JSON only');
};
export const parseJSON5DocumentState = jsonOnly;
export const parseJSON5Document = jsonOnly;
export const parseYAMLDocumentState = jsonOnly;
