import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { PrintedCertificate } from './certificate-printed';
import { ReusableFont } from './reusable-font';

/** What the PDF shows; every text is NFC-normalised before it is drawn. */
export interface CertificatePdfContent extends PrintedCertificate {
  verifyUrl: string;
}

/** Be Vietnam Pro covers every Vietnamese letter with its precomposed and combining marks. */
const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
let fonts: { regular: ReusableFont; bold: ReusableFont } | undefined;
/** The fonts are read once per process (each thread) and shared by every document, with what they laid out. */
export function loadFonts(): { regular: ReusableFont; bold: ReusableFont } {
  const open = (file: string) => new ReusableFont(readFileSync(require.resolve(`${FONT_PACKAGE}/${file}`)));
  fonts ??= { regular: open('400Regular/BeVietnamPro_400Regular.ttf'), bold: open('700Bold/BeVietnamPro_700Bold.ttf') };
  return fonts;
}

const nfc = (text: string) => text.normalize('NFC');

// Made once: building an Intl formatter costs more than a page of text.
const NUMERIC_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' });
const HOURS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1 tháng 12 năm 2026 / 1 December 2026, in the province's time zone. */
function dateVi(date: Date): string {
  const [day, month, year] = NUMERIC_DATE.format(date).split('/');
  return `ngày ${day} tháng ${month} năm ${year}`;
}
function dateEn(date: Date): string {
  return LONG_DATE.format(date);
}
function hoursText(hours: number): string {
  return HOURS.format(hours);
}

/** Draws the QR code as vector squares: sharp at any zoom, and no image to encode. */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

/** The certificate as an A4 landscape PDF, Vietnamese first with the English below. */
export function renderCertificatePdf(content: CertificatePdfContent): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    // pdfkit takes a font object with fontkit's `layout` where it takes a font file (its types only list the file);
    // given here, it also spares each document the parsing of the default Helvetica metrics.
    font: regular as unknown as string,
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: nfc(`Chứng chỉ ${content.serial}`), Author: nfc(content.issuerName), Subject: nfc(content.courseTitle) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular as unknown as Buffer);
  doc.registerFont('bold', bold as unknown as Buffer);

  const width = doc.page.width;
  const height = doc.page.height;
  const inner = { x: 60, width: width - 120 };
  doc.lineWidth(3).strokeColor('#1f4e79').rect(24, 24, width - 48, height - 48).stroke();
  doc.lineWidth(1).rect(32, 32, width - 64, height - 64).stroke();

  const centred = (font: 'regular' | 'bold', size: number, text: string, y: number, color = '#1a1a1a') =>
    doc.font(font).fontSize(size).fillColor(color).text(nfc(text), inner.x, y, { width: inner.width, align: 'center' });

  centred('bold', 13, content.issuerName.toUpperCase(), 58, '#1f4e79');
  centred('bold', 34, 'CHỨNG CHỈ', 92, '#1f4e79');
  centred('regular', 13, 'Certificate of completion', 134, '#555555');
  centred('regular', 14, 'Chứng nhận / This certifies that', 170);
  centred('bold', 28, content.holderName, 194);
  centred('regular', 14, 'đã hoàn thành khóa học / has completed the course', 244);
  centred('bold', 20, content.courseTitle, 268);
  const afterTitle = doc.y + 10;
  centred('regular', 13, `Thời lượng: ${hoursText(content.hours)} giờ học · Study hours: ${hoursText(content.hours)} · Phiên bản ${content.courseVersion}`, afterTitle);
  centred('regular', 13, `Hoàn thành ${dateVi(content.completedAt)} · Completed ${dateEn(content.completedAt)}`, afterTitle + 22);

  const footerY = height - 150;
  doc.font('regular').fontSize(11).fillColor('#1a1a1a');
  doc.text(nfc(`Số hiệu / Serial: ${content.serial}`), inner.x + 20, footerY);
  doc.text(nfc(`Cấp ${dateVi(content.issuedAt)} · Issued ${dateEn(content.issuedAt)}`), inner.x + 20, footerY + 18);
  doc.text(nfc(`Đơn vị cấp / Issuer: ${content.issuerName}`), inner.x + 20, footerY + 36, { width: inner.width - 180 });
  doc.fontSize(9).fillColor('#555555');
  doc.text(nfc('Kiểm tra chứng chỉ / Verify:'), inner.x + 20, footerY + 62);
  doc.text(content.verifyUrl, inner.x + 20, footerY + 74, { width: inner.width - 180, link: content.verifyUrl });

  drawQr(doc, content.verifyUrl, width - 60 - 120, footerY - 10, 120);
  doc.end();
  return done;
}
