// One action, one derived state: a meeting's actions are the very views in the list of every action.
import { describe, expect, it } from 'vitest';
import { examplePortal } from './example-portal.ts';

describe('an action’s state', () => {
  const portal = examplePortal('2026-11-24');
  const meetingActions = portal.minutes.flatMap((m) => m.actions ?? []);

  it('is derived once: each meeting’s actions are the views in the list of every action', () => {
    expect(meetingActions.length).toBe(portal.actions.length);
    for (const view of meetingActions) expect(portal.actions).toContain(view);
  });
  it('says an open action past its due date is overdue, wherever it is read', () => {
    const overdue = meetingActions.filter((v) => v.overdue !== null);
    expect(overdue.length).toBeGreaterThan(0);
    for (const v of overdue) {
      expect(v.action.status).toBe('open');
      expect(v.closedOn).toBeNull();
    }
  });
  it('gives a closed action the day it closed', () => {
    for (const v of meetingActions.filter((a) => a.action.status !== 'open')) {
      expect(v.closedOn).toBe(v.action.closed ?? v.meeting.data.date);
    }
  });
});
