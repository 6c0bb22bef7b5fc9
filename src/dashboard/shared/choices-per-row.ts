/**
 * How many segments of a small WDS SegmentedToggle fit side by side in `width` pixels, judged by the widest label
 * as the browser draws it (WDS's 14 px text, 24 px padding each side, the border and room for the selected segment's outline), so a long language (German
 * "Vektorgrafiken", "Alle Dateien") wraps onto more rows instead of being cut to "Vektorg…".
 */
const FONT = '14px Madefor, "Helvetica Neue", Helvetica, Arial, sans-serif';
const SEGMENT_PADDING = 64;
/** Where nothing can measure text (jsdom): a wide letter's width, so the guess errs towards more rows. */
const WIDE_LETTER = 9;

let canvas: CanvasRenderingContext2D | null | undefined;

function labelWidth(label: string): number {
  canvas ??= typeof document === 'undefined' || /jsdom/.test(navigator.userAgent) ? null : document.createElement('canvas').getContext('2d');
  if (!canvas) return label.length * WIDE_LETTER;
  canvas.font = FONT;
  return canvas.measureText(label).width;
}

const segmentWidth = (labels: readonly string[]) => Math.max(...labels.map(labelWidth)) + SEGMENT_PADDING;

export function choicesPerRow(width: number, labels: readonly string[]): number {
  return Math.max(1, Math.floor(width / segmentWidth(labels)));
}

/** The width all the choices need on one row. */
export const oneRowWidth = (labels: readonly string[]): number => Math.ceil(labels.length * segmentWidth(labels));
