import { whenIdle } from '@/lib/dom/when-idle';

/** How often the fence is looked at: about once a frame. */
const POLL_MS = 16;

/**
 * Calls `done` once the GPU has finished everything the context has been given so far, without
 * making the page wait for it. A fence is asked about between tasks; a query such as a shader's
 * compile status would instead block the page until the GPU had caught up with all its queued
 * work (on a software GPU, a second or more after a burst of new shaders). Returns a function
 * that cancels. Without a context or a fence, `done` runs in the next task.
 */
export function whenGpuDone(gl: WebGL2RenderingContext | null, done: () => void): () => void {
  const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
  let timer: ReturnType<typeof setTimeout>;
  if (!gl || !fence) {
    timer = setTimeout(done, 0);
    return () => clearTimeout(timer);
  }
  gl.flush();
  let settled = false;
  const finish = () => {
    settled = true;
    gl.deleteSync(fence);
  };
  const look = () => {
    if (gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) {
      timer = setTimeout(look, POLL_MS);
      return;
    }
    finish();
    done();
  };
  timer = setTimeout(look, POLL_MS);
  return () => {
    clearTimeout(timer);
    if (!settled) finish();
  };
}

/**
 * Runs `task` once the GPU has caught up (`whenGpuDone`) and then the page is idle: the moment
 * to give the GPU new shaders to prepare, which then cost the page only their own compiling.
 * Returns a function that cancels.
 */
export function whenGpuAndPageIdle(
  gl: WebGL2RenderingContext | null,
  task: () => void,
): () => void {
  let cancel = whenGpuDone(gl, () => {
    cancel = whenIdle(task);
  });
  return () => cancel();
}
