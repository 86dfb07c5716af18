import { describe, expect, it } from 'vitest';
import { UndoHistory } from '../../web/src/state/history.ts';

describe('UndoHistory', () => {
  it('undoes and redoes in order, and a new step drops the redo branch', () => {
    const history = new UndoHistory('a');
    history.push('b');
    history.push('c');
    expect(history.undo()).toBe('b');
    expect(history.undo()).toBe('a');
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBe('a');
    expect(history.redo()).toBe('b');
    history.push('x');
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBe('x');
    expect(history.undo()).toBe('b');
  });

  it('keeps at most `limit` past states', () => {
    const history = new UndoHistory(0, 3);
    for (let i = 1; i <= 10; i += 1) history.push(i);
    expect([history.undo(), history.undo(), history.undo(), history.undo()]).toEqual([9, 8, 7, 7]);
  });

  it('reset forgets both branches', () => {
    const history = new UndoHistory(1);
    history.push(2);
    history.undo();
    history.reset(5);
    expect([history.current, history.canUndo, history.canRedo]).toEqual([5, false, false]);
  });
});
