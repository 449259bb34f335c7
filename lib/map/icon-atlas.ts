/**
 * Symbol shapes for deck.gl's IconLayer, drawn once on a canvas in the browser: no image
 * files, no data-URL fetches. White masks, coloured per point by the layer.
 */
export const ICON_SIZE = 64;
export const ICON_SHAPES = ['circle', 'square', 'diamond', 'ring', 'square-ring'] as const;
export type IconShape = (typeof ICON_SHAPES)[number];

export type IconMapping = Record<
  IconShape,
  { x: number; y: number; width: number; height: number; mask: true }
>;

function cell(shape: IconShape) {
  const x = ICON_SHAPES.indexOf(shape) * ICON_SIZE;
  return { x, y: 0, width: ICON_SIZE, height: ICON_SIZE, mask: true } as const;
}

export const ICON_MAPPING: IconMapping = {
  circle: cell('circle'),
  square: cell('square'),
  diamond: cell('diamond'),
  ring: cell('ring'),
  'square-ring': cell('square-ring'),
};

function drawShape(context: CanvasRenderingContext2D, shape: IconShape, x: number): void {
  const s = ICON_SIZE;
  const inset = 6;
  context.save();
  context.translate(x, 0);
  context.fillStyle = '#fff';
  context.strokeStyle = '#fff';
  context.lineWidth = 10;
  context.beginPath();
  switch (shape) {
    case 'circle':
      context.arc(s / 2, s / 2, s / 2 - inset, 0, Math.PI * 2);
      context.fill();
      break;
    case 'ring':
      context.arc(s / 2, s / 2, s / 2 - inset - 4, 0, Math.PI * 2);
      context.stroke();
      break;
    case 'square':
      context.rect(inset + 4, inset + 4, s - 2 * inset - 8, s - 2 * inset - 8);
      context.fill();
      break;
    case 'square-ring':
      context.rect(inset + 8, inset + 8, s - 2 * inset - 16, s - 2 * inset - 16);
      context.stroke();
      break;
    case 'diamond':
      context.moveTo(s / 2, inset);
      context.lineTo(s - inset, s / 2);
      context.lineTo(s / 2, s - inset);
      context.lineTo(inset, s / 2);
      context.closePath();
      context.fill();
      break;
  }
  context.restore();
}

let atlas: HTMLCanvasElement | undefined;

/**
 * The atlas, drawn on first use. deck.gl's typings give `iconAtlas` as `string | Texture`,
 * but its runtime ('image' prop type → createTexture) takes any browser image source, a
 * canvas included; a URL would cost a request and, for a data URL, a looser CSP.
 */
export function getIconAtlas(): string {
  return drawAtlas() as unknown as string;
}

/** Draws the atlas now, if not yet drawn: in idle time, so no scene change has to. */
export function prepareIconAtlas(): void {
  drawAtlas();
}

function drawAtlas(): HTMLCanvasElement {
  if (atlas) return atlas;
  const canvas = document.createElement('canvas');
  canvas.width = ICON_SIZE * ICON_SHAPES.length;
  canvas.height = ICON_SIZE;
  const context = canvas.getContext('2d');
  if (context) ICON_SHAPES.forEach((shape, index) => drawShape(context, shape, index * ICON_SIZE));
  atlas = canvas;
  return canvas;
}
