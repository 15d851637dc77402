export interface CertificateUrls {
  /** The public verification page of the portal (the QR code's target). */
  verifyUrl: string;
  pdfUrl: string;
  /** The signed Open Badges 3.0 credential; also the credential's id. */
  credentialUrl: string;
}

/** The absolute addresses of a certificate, from the platform's public address. */
export function certificateUrls(publicUrl: string, serial: string): CertificateUrls {
  const base = publicUrl.replace(/\/$/, '');
  const path = encodeURIComponent(serial);
  return {
    verifyUrl: `${base}/verify/${path}`,
    pdfUrl: `${base}/certificates/${path}.pdf`,
    credentialUrl: `${base}/certificates/${path}.json`,
  };
}
