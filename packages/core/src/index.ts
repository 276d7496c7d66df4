export * from './forms/forms-schema';
export * from './values/normalize-text';
export * from './values/parse-value';
export * from './values/derive-target';
export * from './policy/policy';
