export * from './calls';
export * from './edit';
export * from './errors';
export * from './workspace';
export * from './codec';
export * from './apply-edit';
