export * from './qualities';
export * from './question-types';
export * from './stages';
