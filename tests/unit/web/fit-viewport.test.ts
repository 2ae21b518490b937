import { centredView, fitBox, fitViewport, viewportOf } from '../../../web/src/components/graph-canvas/fit-viewport';

const limits = { padding: 20, minZoom: 0.05, maxZoom: 4 };

describe('fitViewport', () => {
  it('zooms so the box fills the tighter side and centres it', () => {
    // 1000 × 500 model box in a 1040 × 1040 canvas: width limits (1000 / 1000 = 1).
    const { zoom, pan } = fitViewport({ x1: 0, y1: 0, x2: 1000, y2: 500 }, { width: 1040, height: 1040 }, limits);
    expect(zoom).toBe(1);
    expect(pan).toEqual({ x: 20, y: 270 });
  });

  it('maps the box centre to the canvas centre for an offset box', () => {
    const { zoom, pan } = fitViewport({ x1: 100, y1: 200, x2: 300, y2: 300 }, { width: 440, height: 240 }, limits);
    expect(zoom).toBe(2);
    expect(zoom * 200 + pan.x).toBe(220);
    expect(zoom * 250 + pan.y).toBe(120);
  });

  it('keeps the zoom within its limits', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 1, y2: 1 }, { width: 800, height: 600 }, limits).zoom).toBe(4);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, { width: 800, height: 600 }, limits).zoom).toBe(0.05);
  });
});

describe('fitViewport with room above the map', () => {
  it('fits the box between the top room and the bottom padding, centred there', () => {
    // 1000 × 500 box in a 1040 × 580 canvas with 60 px on top: height limits ((580 − 60 − 20) / 500 = 1).
    const { zoom, pan } = fitViewport(
      { x1: 0, y1: 0, x2: 1000, y2: 500 },
      { width: 1040, height: 580 },
      { ...limits, top: 60 },
    );
    expect(zoom).toBe(1);
    expect(pan).toEqual({ x: 20, y: 60 });
  });

  it('is the symmetric fit when the top room equals the padding', () => {
    const box = { x1: -50, y1: 30, x2: 700, y2: 420 };
    const size = { width: 900, height: 640 };
    expect(fitViewport(box, size, { ...limits, top: 20 })).toEqual(fitViewport(box, size, limits));
  });
});

describe('fitBox', () => {
  const whole = { x1: 0, y1: 0, x2: 1000, y2: 800 };
  it('frames the whole map (bands and their names) while the actors spread over most of it', () => {
    expect(fitBox(whole, { x1: 120, y1: 20, x2: 980, y2: 780 })).toEqual(whole);
    expect(fitBox(whole, null)).toEqual(whole);
  });
  it('frames only the actors a filter leaves, when they fill a small part of it', () => {
    const few = { x1: 300, y1: 600, x2: 700, y2: 780 };
    expect(fitBox(whole, few)).toEqual(few);
    // Wide but in one band: still framed on its own.
    expect(fitBox(whole, { x1: 10, y1: 600, x2: 990, y2: 780 })).toEqual({ x1: 10, y1: 600, x2: 990, y2: 780 });
  });
});

describe('centredView and viewportOf', () => {
  it('tell the model point at the centre of the canvas, and put it back there', () => {
    const view = centredView({ zoom: 2, pan: { x: 100, y: -50 } }, { width: 800, height: 600 });
    expect(view).toEqual({ zoom: 2, center: { x: 150, y: 175 } });
    expect(viewportOf(view, { width: 800, height: 600 })).toEqual({ zoom: 2, pan: { x: 100, y: -50 } });
  });

  it('keep the same point at the centre of a canvas of another size', () => {
    const view = centredView({ zoom: 0.5, pan: { x: 10, y: 20 } }, { width: 1000, height: 800 });
    const narrower = viewportOf(view, { width: 600, height: 800 });
    expect(centredView(narrower, { width: 600, height: 800 })).toEqual(view);
    expect(narrower.pan.x).toBe(10 - 200);
  });
});
