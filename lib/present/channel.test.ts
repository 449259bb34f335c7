import { describe, expect, it } from 'vitest';
import { parsePresentMessage, toWire, type PresentMessage } from './channel';

const IDS = ['question', 'plateau', 'verdict'];
const STATE = { stepId: 'plateau', qr: false, startedAt: 1_760_000_000_000 };

describe('parsePresentMessage', () => {
  it.each<[string, PresentMessage]>([
    ['hello', { type: 'hello' }],
    ['state', { type: 'state', state: STATE }],
    ['state with the QR shown', { type: 'state', state: { ...STATE, qr: true } }],
  ])('reads what it sends: %s', (_name, message) => {
    expect(parsePresentMessage(toWire(message), IDS)).toEqual(message);
  });

  it('drops fields it does not know', () => {
    const wire = { v: 1, type: 'state', extra: 1, state: { ...STATE, html: '<b>x</b>' } };
    expect(parsePresentMessage(wire, IDS)).toEqual({ type: 'state', state: STATE });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'next'],
    ['a number', 42],
    ['an array', [1, 'state']],
    ['no version', { type: 'hello' }],
    ['another version', { v: 2, type: 'hello' }],
    ['a version as text', { v: '1', type: 'hello' }],
    ['an unknown type', { v: 1, type: 'goto', stepId: 'plateau' }],
    ['a state without state', { v: 1, type: 'state' }],
    ['a state that is not an object', { v: 1, type: 'state', state: 'plateau' }],
    ['an unknown step', { v: 1, type: 'state', state: { ...STATE, stepId: 'no-such-step' } }],
    ['a step id that is not text', { v: 1, type: 'state', state: { ...STATE, stepId: 3 } }],
    ['a prototype key as step', { v: 1, type: 'state', state: { ...STATE, stepId: '__proto__' } }],
    ['qr as text', { v: 1, type: 'state', state: { ...STATE, qr: 'true' } }],
    ['no qr', { v: 1, type: 'state', state: { stepId: 'plateau', startedAt: 1 } }],
    ['a start in text', { v: 1, type: 'state', state: { ...STATE, startedAt: '1760000000000' } }],
    ['a start that is NaN', { v: 1, type: 'state', state: { ...STATE, startedAt: Number.NaN } }],
    ['an infinite start', { v: 1, type: 'state', state: { ...STATE, startedAt: Infinity } }],
    ['a negative start', { v: 1, type: 'state', state: { ...STATE, startedAt: -1 } }],
  ])('ignores %s', (_name, data) => {
    expect(parsePresentMessage(data, IDS)).toBeNull();
  });
});
