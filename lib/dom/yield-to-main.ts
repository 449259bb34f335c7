interface Scheduler {
  readonly yield?: () => Promise<void>;
}

/**
 * Lets the browser handle input and draw a frame before the caller goes on. `scheduler.yield`
 * where there is one (it resumes ahead of other tasks); else a message, which unlike a timer
 * is never clamped to 4 ms when it repeats.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
