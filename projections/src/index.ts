export * from './projection.js';
export * from './conversations/conversations.projection.js';
export * from './conversations/conversations.read-model.js';
export * from './trail/index.js';
export * from './representativeness/index.js';
export * from './summit/index.js';
export * from './progress/index.js';
export * from './portal/index.js';
