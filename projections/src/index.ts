export * from './projection.js';
export * from './conversations/conversations.projection.js';
export * from './conversations/conversations.read-model.js';
