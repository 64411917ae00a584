/** Why the map cannot start, in words a reader understands, or null when WebGL is there. */
export function webglProblem(): string | null {
  try {
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (!context) {
      return "This browser could not start WebGL, which the map needs to draw. Turn on hardware acceleration (or use a browser that supports WebGL) and reload the page.";
    }
    return null;
  } catch {
    return "This browser blocked WebGL, which the map needs to draw. Allow WebGL for this page and reload.";
  }
}
