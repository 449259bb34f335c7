let supported: boolean | undefined;

/**
 * Whether this browser can give the map a WebGL context (MapLibre needs WebGL 1 at least).
 * Asked once per page: a canvas is made and dropped, not drawn.
 */
export function supportsWebGL(): boolean {
  if (supported !== undefined) return supported;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    supported = context !== null;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    supported = false;
  }
  return supported;
}
