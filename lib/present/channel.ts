import { BASE_PATH } from '@/lib/site/base-path';
import type { StepId } from '@/lib/story/types';
import type { PresentState } from './present-state';

/**
 * What the windows of a presentation say to each other. A window that opens says `hello`;
 * the windows already there answer with their `state`, and the newcomer takes it. After that
 * each window sends its `state` whenever the presenter changes it there.
 */
export type PresentMessage =
  { readonly type: 'hello' } | { readonly type: 'state'; readonly state: PresentState };

/** Versioned, so that a window left open from an older build ignores what it cannot read. */
const VERSION = 1;

/** Per site, not per origin: two stories under different base paths do not cross-talk. */
export const CHANNEL_NAME = `map-story-present:${BASE_PATH || '/'}`;

/**
 * Per deck, too: a lesson's windows (its steps, in its order) talk among themselves, and a
 * window presenting another lesson or the whole story is not moved by them.
 */
export function channelNameFor(stepIds: readonly StepId[]): string {
  return `${CHANNEL_NAME}:${stepIds.join(',')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseState(value: unknown, stepIds: readonly StepId[]): PresentState | null {
  if (!isRecord(value)) return null;
  const { stepId, qr, startedAt } = value;
  if (typeof stepId !== 'string' || !stepIds.includes(stepId)) return null;
  if (typeof qr !== 'boolean') return null;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt < 0) return null;
  return { stepId, qr, startedAt };
}

/**
 * A message as received, checked: anything malformed, from another version, or naming a step
 * this story does not have is null, and ignored. Any page of the origin can post on the channel.
 */
export function parsePresentMessage(
  data: unknown,
  stepIds: readonly StepId[],
): PresentMessage | null {
  if (!isRecord(data) || data.v !== VERSION) return null;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type !== 'state') return null;
  const state = parseState(data.state, stepIds);
  return state ? { type: 'state', state } : null;
}

/** A message as sent. */
export function toWire(message: PresentMessage): Record<string, unknown> {
  return { v: VERSION, ...message };
}

export interface PresentChannel {
  readonly post: (message: PresentMessage) => void;
  readonly close: () => void;
}

/**
 * Joins the presentation's channel (windows of this browser, same origin; no server), or
 * returns null where the browser has no BroadcastChannel: the window then works alone.
 */
export function openPresentChannel(
  stepIds: readonly StepId[],
  onMessage: (message: PresentMessage) => void,
): PresentChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelNameFor(stepIds));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parsePresentMessage(event.data, stepIds);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(toWire(message)),
    close: () => channel.close(),
  };
}
