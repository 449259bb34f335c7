import { describe, expect, it } from 'vitest';
import { sampleResult } from './sample-result';
import { formatTable, HEADER, resultRows } from './table';

describe('formatTable', () => {
  it('pads every column to its widest cell and sets section titles apart', () => {
    const table = formatTable(
      ['figure', 'median'],
      [
        { label: 'Bytes' },
        { label: '  JS', cells: ['143.1 KiB'] },
        { label: '  a longer name', cells: ['1'] },
      ],
    );
    expect(table.split('\n')).toEqual([
      'figure           median',
      '--------------------------',
      'Bytes',
      '  JS             143.1 KiB',
      '  a longer name  1',
    ]);
  });
});

describe('resultRows', () => {
  const table = formatTable(HEADER, resultRows(sampleResult()));

  it('prints each figure with its median and the spread of its runs', () => {
    expect(table).toMatch(/LCP, story\s+1100 ms\s+1000 ms–1300 ms \(5 runs\)\s+element p\.dek/);
    expect(table).toMatch(/LCP ratio, story \/ plain\s+1\.10x\s+\(5 runs\)\s+budget ≤ 1\.20x/);
    expect(table).toMatch(
      /full pass: load, then scroll through every step\s+72\s+70–75 \(5 runs\)/,
    );
  });

  it('ends with every budget: value, target and verdict', () => {
    const budgets = table.slice(table.indexOf('Budgets'));
    expect(budgets).toMatch(
      /JavaScript before the map \(CI\)\s+148\.4 KiB \(2\.0 KiB over\)\s+≤ 150 KB gzip\s+not met/,
    );
    expect(budgets).toMatch(
      /Lighthouse performance \(mobile preset\)\s+54 mobile\s+≥ 90\s+not met/,
    );
    expect(budgets.split('\n')).toHaveLength(1 + sampleResult().budgets.length);
  });

  it("prints the plain page's Lighthouse audit as the floor beside the story's", () => {
    expect(table).toMatch(/Lighthouse 12, mobile preset, story \(1 run/);
    expect(table).toMatch(
      /Lighthouse 12, mobile preset, plain page \(the floor\) \(1 run[^\n]*\n[^\n]*90 \/ 100 \/ 96 \/ 100/,
    );
  });

  it('names where long-task time went', () => {
    expect(table).toMatch(/GL calls \(software GPU\)\s+6000 ms/);
    expect(table).toMatch(/attribution: source-maps/);
    expect(table).toMatch(/in that task, by file\s+lib\/map\/rows\.ts 8 ms/);
  });

  it('gives each step change its blocking, longest task and source', () => {
    expect(table).toMatch(
      /→ plateau\s+627 ms\s+639 ms, worst 773 ms\s+GL calls \(software GPU\): CheckFramebufferStatus/,
    );
    expect(table).toMatch(/95th-percentile frame interval\s+350 ms\s+233 ms–400 ms/);
    expect(table).toMatch(/map prepared later scenes, from navigation\s+16\.0 s/);
  });

  it('says how busy the main thread is while the page rests', () => {
    expect(table).toMatch(/main thread busy, resting on the last step\s+0\.2 %\s+of wall time/);
    const older = sampleResult();
    const heap = older.heap && { ...older.heap, idleBusyShare: undefined };
    expect(formatTable(HEADER, resultRows({ ...older, heap }))).not.toMatch(/resting/);
  });
});
