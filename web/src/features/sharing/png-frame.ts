import type { SvgFrame } from '../../lib/svg-export';

const loadImage = (blob: Blob) =>
  new Promise<HTMLImageElement>((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the map image could not be read'));
    };
    image.src = url;
  });

/** Draws a legend item's swatch in a `size` box, as the legend beside the map does. */
function drawSwatch(
  context: CanvasRenderingContext2D,
  item: SvgFrame['legend'][number],
  x: number,
  y: number,
  size: number,
) {
  context.save();
  context.fillStyle = item.colour;
  context.strokeStyle = item.colour;
  context.beginPath();
  if (item.shape === 'line' || item.shape === 'dashed' || item.shape === 'ghost') {
    context.lineWidth = size / 4;
    if (item.shape !== 'line') context.setLineDash([size / 3, size / 5]);
    if (item.shape === 'ghost') context.globalAlpha = 0.5;
    context.moveTo(x, y + size / 2);
    context.lineTo(x + size * 1.5, y + size / 2);
    context.stroke();
  } else if (item.shape === 'ring') {
    context.lineWidth = size / 5;
    context.fillStyle = '#ffffff';
    context.arc(x + size / 2, y + size / 2, size / 2.5, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  } else {
    context.arc(x + size / 2, y + size / 2, size / 2.5, 0, 2 * Math.PI);
    context.fill();
  }
  context.restore();
}

/**
 * The map image (Cytoscape's PNG at `scale`) with the title and what it shows above it and the legend
 * to its right, as one PNG: what the SVG export carries, for a picture to paste into a report.
 */
export async function framePng(map: Blob, frame: SvgFrame, scale: number): Promise<Blob> {
  const image = await loadImage(map);
  // Sized to the picture, as the SVG export is, so that a large map keeps a readable title and legend.
  const unit = Math.max(scale, image.width / 800);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the image');
  const itemText = (item: SvgFrame['legend'][number]) => (item.detail ? `${item.label} — ${item.detail}` : item.label);
  const widest = (font: string, texts: readonly string[]) => {
    context.font = font;
    return Math.max(0, ...texts.map((text) => context.measureText(text).width));
  };
  const header = unit * (40 + 16 * frame.details.length);
  const legendWidth = frame.legend.length
    ? widest(`${unit * 12}px sans-serif`, frame.legend.map(itemText)) + unit * 48
    : 0;
  const legendHeight = unit * (40 + 20 * frame.legend.length);
  const textWidth = Math.max(
    widest(`bold ${unit * 20}px sans-serif`, [frame.title]),
    widest(`${unit * 12}px sans-serif`, frame.details),
  );
  // Setting the size clears the context's state: the fonts are set again below.
  canvas.width = Math.ceil(Math.max(image.width + legendWidth, textWidth + unit * 32));
  canvas.height = Math.ceil(header + Math.max(image.height, legendHeight));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, header);
  context.fillStyle = '#1f2933';
  context.font = `bold ${unit * 20}px sans-serif`;
  context.fillText(frame.title, unit * 16, unit * 28);
  context.font = `${unit * 12}px sans-serif`;
  context.fillStyle = '#52606d';
  frame.details.forEach((detail, index) => context.fillText(detail, unit * 16, unit * (48 + 16 * index)));
  if (frame.legend.length) {
    const x = image.width + unit * 12;
    context.fillStyle = '#1f2933';
    context.font = `bold ${unit * 13}px sans-serif`;
    context.fillText('Legend', x, header + unit * 18);
    context.font = `${unit * 12}px sans-serif`;
    frame.legend.forEach((item, index) => {
      const y = header + unit * (30 + 20 * index);
      drawSwatch(context, item, x, y, unit * 12);
      context.fillStyle = '#1f2933';
      context.fillText(itemText(item), x + unit * 24, y + unit * 10);
    });
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  );
}
