export * from './model/source-document';
export * from './text/read-text-layout';
