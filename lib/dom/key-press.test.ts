// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { itReturns } from '@/lib/testing/it-returns';
import { keyTargetOf } from './key-press';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  const first = host.firstElementChild;
  if (!first) throw new Error(`no element in ${html}`);
  return first;
}

describe('keyTargetOf', () => {
  itReturns('%s is %s', (html: string) => keyTargetOf(element(html)), [
    ['<input>', 'editable'],
    ['<input type="search">', 'editable'],
    ['<input type="number">', 'editable'],
    ['<textarea></textarea>', 'editable'],
    ['<select><option>a</option></select>', 'editable'],
    ['<div contenteditable="true"></div>', 'editable'],
    ['<button type="button">Next</button>', 'control'],
    ['<input type="checkbox">', 'control'],
    ['<a href="#x">link</a>', 'control'],
    ['<summary>Sources</summary>', 'control'],
    ['<span role="button" tabindex="0">go</span>', 'control'],
    ['<a>no href</a>', 'other'],
    ['<main></main>', 'other'],
    ['<dialog></dialog>', 'other'],
  ]);

  it('takes the window and the document as "other"', () => {
    expect(keyTargetOf(window)).toBe('other');
    expect(keyTargetOf(document)).toBe('other');
    expect(keyTargetOf(null)).toBe('other');
  });
});
