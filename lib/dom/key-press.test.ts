// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { byResult, itReturns } from '@/lib/testing/it-returns';
import { keyTargetOf } from './key-press';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  const first = host.firstElementChild;
  if (!first) throw new Error(`no element in ${html}`);
  return first;
}

describe('keyTargetOf', () => {
  itReturns(
    '%s is %s',
    (html: string) => keyTargetOf(element(html)),
    byResult({
      editable: [
        '<input>',
        '<input type="search">',
        '<input type="number">',
        '<textarea></textarea>',
        '<select><option>a</option></select>',
        '<div contenteditable="true"></div>',
      ],
      control: [
        '<button type="button">Next</button>',
        '<input type="checkbox">',
        '<a href="#x">link</a>',
        '<summary>Sources</summary>',
        '<span role="button" tabindex="0">go</span>',
      ],
      other: ['<a>no href</a>', '<main></main>', '<dialog></dialog>'],
    }),
  );

  it('takes the window and the document as "other"', () => {
    expect(keyTargetOf(window)).toBe('other');
    expect(keyTargetOf(document)).toBe('other');
    expect(keyTargetOf(null)).toBe('other');
  });
});
