import { describe, expect, it } from 'vitest';
import { drawnByGpu } from '../../web/src/graph/webglChoice.ts';

describe('the WebGL renderer for large views', () => {
  it('is used on a GPU, not on a software rasteriser', () => {
    expect(drawnByGpu('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe(true);
    expect(drawnByGpu(null)).toBe(true);
    expect(drawnByGpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(false);
    expect(drawnByGpu('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
  });
});
