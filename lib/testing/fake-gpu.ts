/**
 * A WebGL 2 context reduced to its fences, for code that waits for the GPU: the test says
 * when the GPU has caught up (`catchUp`), and every fence made before then is signalled.
 */
export function fakeGpu() {
  const SIGNALED = 0x9119;
  const UNSIGNALED = 0x9118;
  let fences: { signalled: boolean }[] = [];
  let deleted = 0;
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    fenceSync() {
      const fence = { signalled: false };
      fences.push(fence);
      return fence;
    },
    flush() {},
    getSyncParameter(fence: { signalled: boolean }) {
      return fence.signalled ? SIGNALED : UNSIGNALED;
    },
    deleteSync(fence: { signalled: boolean }) {
      fences = fences.filter((kept) => kept !== fence);
      deleted += 1;
    },
  };
  return {
    gl: gl as unknown as WebGL2RenderingContext,
    catchUp() {
      for (const fence of fences) fence.signalled = true;
    },
    /** Fences made and not yet deleted. */
    get pending() {
      return fences.length;
    },
    get deleted() {
      return deleted;
    },
  };
}
