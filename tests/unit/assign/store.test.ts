import { describe, expect, it } from 'vitest';
import {
  $assignment,
  $learnerAssignments,
  $madeAssignments,
  forgetAssignment,
  openAssignment,
  rememberMade,
} from '../../../src/assign/store.ts';
import { assignment } from './fixtures.ts';

const r = (id: string, key = assignment.key) => ({
  assignment: { ...assignment, id, key },
  code: `code-${id}-${key}`,
});

describe('learner and teacher lists', () => {
  it('keeps every assignment a learner opens, shows the newest, and forgets on request', () => {
    expect(openAssignment(r('aaaa'))).toBe(true);
    expect(openAssignment(r('bbbb'))).toBe(true);
    expect($assignment.get()?.assignment.id).toBe('bbbb');
    expect($learnerAssignments.get().map((x) => x.assignment.id)).toEqual(['bbbb', 'aaaa']);
    // Opening one again moves it to the front without a second copy.
    openAssignment(r('aaaa'));
    expect($learnerAssignments.get().map((x) => x.assignment.id)).toEqual(['aaaa', 'bbbb']);
    // Same id, another key: a different assignment, kept beside the first.
    openAssignment(r('aaaa', 'BBECAwQFBgcICQoLDA0ODw'));
    expect($learnerAssignments.get()).toHaveLength(3);
    forgetAssignment($assignment.get()!);
    expect($learnerAssignments.get().map((x) => x.assignment.id)).toEqual(['aaaa', 'bbbb']);
    expect($assignment.get()?.assignment.key).toBe(assignment.key);
  });

  it('pushes no made assignment out, however many', () => {
    for (let i = 0; i < 60; i++) rememberMade(r(`made-${i}`));
    expect($madeAssignments.get()).toHaveLength(60);
    expect($madeAssignments.get()[0].assignment.id).toBe('made-59');
  });
});
