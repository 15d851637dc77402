import PDFDocument from 'pdfkit';
import { drawQr, loadFonts } from '../certificates/certificate-pdf';

export interface ActivationSheetEntry {
  fullName: string;
  unitName: string;
  /** E.164, printed as a person reads it (0912 345 678). */
  phone: string;
  code: string;
  /** The activation page with the phone filled in: what the QR code opens. */
  activationUrl: string;
}

export interface ActivationSheetContent {
  unitName: string;
  /** The address printed for those who type it (without the phone). */
  activationAddress: string;
  expiresAt: Date;
  entries: ActivationSheetEntry[];
}

const nfc = (text: string) => text.normalize('NFC');
const CARDS_PER_PAGE = 6;

/** +84912345678 → 0912 345 678, as the number is written at home. */
export function nationalPhone(e164: string): string {
  const national = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  return national.length === 10 ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}` : national;
}

/** 12345678 → 1234 5678: easier to read out and type. */
function groupedCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

function dateVi(date: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/**
 * The printable A4 sheet a unit manager hands out: one card per person (six a page, to be cut apart) with the
 * name, unit, phone, one-time activation code, the activation address and a QR code of it.
 */
export function renderActivationSheetPdf(content: ActivationSheetContent): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  // pdfkit takes the shared font object where it takes a font file (see renderCertificatePdf).
  const doc = new PDFDocument({ font: regular as unknown as string, size: 'A4', margin: 0, info: { Title: nfc(`Mã kích hoạt HocSo — ${content.unitName}`), Author: 'HocSo' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular as unknown as Buffer);
  doc.registerFont('bold', bold as unknown as Buffer);
  const margin = 36;
  const width = doc.page.width - margin * 2;
  const headerHeight = 56;
  const cardHeight = (doc.page.height - margin * 2 - headerHeight) / CARDS_PER_PAGE;

  content.entries.forEach((entry, index) => {
    const slot = index % CARDS_PER_PAGE;
    if (slot === 0) {
      if (index > 0) doc.addPage();
      doc.font('bold').fontSize(13).fillColor('#1f4e79').text(nfc(`Mã kích hoạt tài khoản HocSo — ${content.unitName}`), margin, margin, { width });
      doc
        .font('regular')
        .fontSize(9)
        .fillColor('#333333')
        .text(nfc(`Mỗi mã chỉ dùng một lần, hết hạn ngày ${dateVi(content.expiresAt)}. Cắt theo đường chấm và trao tận tay từng người.`), margin, margin + 20, { width });
    }
    const top = margin + headerHeight + slot * cardHeight;
    doc.save().dash(3, { space: 3 }).strokeColor('#999999').rect(margin, top + 4, width, cardHeight - 8).stroke().restore();
    const qrSize = cardHeight - 24;
    const textWidth = width - qrSize - 36;
    const x = margin + 12;
    doc.font('bold').fontSize(12).fillColor('#000000').text(nfc(entry.fullName), x, top + 14, { width: textWidth });
    doc.font('regular').fontSize(9).text(nfc(`${entry.unitName} · Số điện thoại: ${nationalPhone(entry.phone)}`), x, top + 32, { width: textWidth });
    doc.font('regular').fontSize(9).text(nfc('Mã kích hoạt:'), x, top + 50);
    doc.font('bold').fontSize(18).text(groupedCode(entry.code), x + 70, top + 45);
    doc
      .font('regular')
      .fontSize(8.5)
      .text(nfc(`Mở ${content.activationAddress} (hoặc quét mã QR), nhập số điện thoại và mã này rồi đặt mật khẩu.`), x, top + 74, { width: textWidth });
    drawQr(doc, entry.activationUrl, margin + width - qrSize - 12, top + 12, qrSize);
  });
  doc.end();
  return done;
}
