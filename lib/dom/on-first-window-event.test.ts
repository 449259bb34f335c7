// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { onFirstWindowEvent } from './on-first-window-event';

describe('onFirstWindowEvent', () => {
  it("calls once, at the first of its events, before the target's own handler", () => {
    const order: string[] = [];
    onFirstWindowEvent(['pointerdown', 'click'], () => order.push('window'));
    const button = document.createElement('button');
    document.body.append(button);
    button.addEventListener('click', () => order.push('button'));
    button.dispatchEvent(new Event('click', { bubbles: true }));
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    button.dispatchEvent(new Event('click', { bubbles: true }));
    expect(order).toEqual(['window', 'button', 'button']);
    button.remove();
  });

  it('never calls once stopped', () => {
    const handler = vi.fn();
    onFirstWindowEvent(['click'], handler)();
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    expect(handler).not.toHaveBeenCalled();
  });
});
