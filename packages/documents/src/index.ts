export * from './model/source-document';
export * from './text/read-text-layout';
export * from './read/read-source';
