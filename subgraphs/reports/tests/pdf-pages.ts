import { inflateSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';

/**
 * How full each page of a PDF is, measured on the rendered page (pdf-parse draws it with pdf.js):
 * how far down the page, between the margins, anything is drawn (text, tables, charts). The
 * footer in the bottom margin is left out. So "no page mostly empty" is a number a test can check.
 */

/** The PDF's page margin in points (render/pdf.ts). */
const MARGIN_PT = 40;
/** Drawn pixels are darker than this on every channel's average (the zebra rows' #f9fafb is not ink). */
const INK = 200;

/** 8-bit RGBA or RGB PNG, not interlaced (what pdf.js's canvas writes) → rows of grey levels. */
export function decodePng(png: Buffer): { width: number; height: number; grey: (x: number, y: number) => number } {
  if (png.readUInt32BE(12) !== 0x49484452) throw new Error('not a PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colour, , , interlace] = [png[24], png[25], png[26], png[27], png[28]];
  if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`);
  const channels = colour === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[y * stride + i - channels] : 0;
      const b = y ? pixels[(y - 1) * stride + i] : 0;
      const c = y && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      pixels[y * stride + i] = (line[i] + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    grey: (x, y) => {
      const at = y * stride + x * channels;
      const alpha = channels === 4 ? pixels[at + 3] / 255 : 1;
      // Transparent is the white page.
      return 255 - alpha * (255 - (pixels[at] + pixels[at + 1] + pixels[at + 2]) / 3);
    },
  };
}

/** Per page, 0 to 1: how far down the space between the top and bottom margins the lowest drawn pixel is. */
export async function pageFill(pdf: Buffer): Promise<number[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shots = await parser.getScreenshot({ scale: 0.5, imageBuffer: true, imageDataUrl: false });
    return shots.pages.map((page) => {
      const { width, height, grey } = decodePng(Buffer.from(page.data));
      const margin = MARGIN_PT * page.scale;
      const [top, bottom] = [Math.round(margin), Math.round(height - margin)];
      let lowest = top;
      for (let y = bottom - 1; y > top && lowest === top; y--) {
        for (let x = 0; x < width; x++) {
          if (grey(x, y) < INK) {
            lowest = y;
            break;
          }
        }
      }
      return (lowest - top) / (bottom - top);
    });
  } finally {
    await parser.destroy();
  }
}
