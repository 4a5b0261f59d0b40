// Widgets read and write numbers through the course's one number module.
export * from '../../course/number.ts';
