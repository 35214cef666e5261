export * from './error';
export * from './parse';
export * from './schema';
