import { describe, expect, it } from 'vitest';
import { eachWhenIdle } from './each-when-idle';

/** A scheduler whose idle periods the test hands out one at a time. */
function idlePeriods() {
  const queue: (() => void)[] = [];
  return {
    schedule(task: () => void) {
      queue.push(task);
      return () => {
        const at = queue.indexOf(task);
        if (at !== -1) queue.splice(at, 1);
      };
    },
    runOne() {
      queue.shift()?.();
    },
    get pending() {
      return queue.length;
    },
  };
}

describe('eachWhenIdle', () => {
  it('runs one item per idle period, in order', () => {
    const idle = idlePeriods();
    const ran: string[] = [];
    eachWhenIdle(['rivers', 'prefectures', 'places'], (id) => ran.push(id), idle.schedule);
    expect(ran).toEqual([]);
    idle.runOne();
    expect(ran).toEqual(['rivers']);
    idle.runOne();
    idle.runOne();
    expect(ran).toEqual(['rivers', 'prefectures', 'places']);
    expect(idle.pending).toBe(0);
  });

  it('runs nothing more once cancelled', () => {
    const idle = idlePeriods();
    const ran: string[] = [];
    const cancel = eachWhenIdle(['rivers', 'prefectures'], (id) => ran.push(id), idle.schedule);
    idle.runOne();
    cancel();
    idle.runOne();
    expect(ran).toEqual(['rivers']);
    expect(idle.pending).toBe(0);
  });

  it('schedules nothing for an empty list', () => {
    const idle = idlePeriods();
    eachWhenIdle([], () => undefined, idle.schedule);
    expect(idle.pending).toBe(0);
  });
});
