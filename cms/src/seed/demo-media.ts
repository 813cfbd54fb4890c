import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import sharp from 'sharp';
import type { DemoImage } from './demo-data';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders an abstract, calm illustration (circles and a label) as a 1600×900 JPEG. */
export async function renderImage(image: DemoImage): Promise<Buffer> {
  const [base, accent] = image.palette;
  const seed = [...image.name].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = (seed * (i + 3) * 37) % 1600;
    const y = (seed * (i + 5) * 53) % 900;
    const r = 80 + ((seed * (i + 1)) % 220);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${accent}" fill-opacity="${0.18 + i * 0.07}"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <rect width="1600" height="900" fill="${base}"/>${circles}
    <text x="80" y="820" font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="#ffffff">${escapeXml(image.label)}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** A one-page A4 PDF with a title and lines of text (the demo invitation). */
export async function renderPdf(title: string, lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setLanguage('nl-NL');
  const page = pdf.addPage([595, 842]);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawText(title, { x: 56, y: 770, size: 22, font: bold, color: rgb(0.11, 0.23, 0.37) });
  lines.forEach((line, i) => page.drawText(line, { x: 56, y: 730 - i * 18, size: 11, font: regular }));
  return Buffer.from(await pdf.save());
}
