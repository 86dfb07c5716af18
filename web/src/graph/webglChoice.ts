/**
 * Whether large views use Cytoscape's WebGL renderer: only on a WebGL 2 context drawn by a GPU. A
 * software rasteriser (SwiftShader, which Chromium falls back to without a GPU; Mesa's llvmpipe)
 * gives a context too, but draws a 10k view about 2× slower than the canvas renderer and pans it at
 * under 1 fps (BENCHMARKS.md, the front-end rows), so there the canvas renderer is used.
 */
export function webglAvailable(): boolean {
  try {
    const context = document.createElement('canvas').getContext('webgl2');
    if (!context) return false;
    const info = context.getExtension('WEBGL_debug_renderer_info');
    return drawnByGpu(info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null);
  } catch {
    return false;
  }
}

/** A renderer name (WEBGL_debug_renderer_info) that is not a software rasteriser; unknown counts as a GPU. */
export function drawnByGpu(renderer: string | null): boolean {
  return !renderer || !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
