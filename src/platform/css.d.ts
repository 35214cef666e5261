/** Stylesheets imported as strings (rollup's inline-css plugin; Vite's `?inline` in tests). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Replaced at build time with package.json's version. */
declare const __SDK_VERSION__: string;

/** True in the npm entry's development build (and tests): the schema checks every config. */
declare const __DEV__: boolean;
