import { useTranslation } from 'react-i18next';

export interface EvidenceFilePreviewProps {
  file: { name: string; mimeType: string; url: string };
}

/** An uploaded evidence file in the review queue: an image shown inline, a PDF as a link (downloaded, never rendered here). */
export function EvidenceFilePreview({ file }: EvidenceFilePreviewProps) {
  const { t } = useTranslation();
  if (file.mimeType.startsWith('image/')) {
    return (
      <figure className="hs-evidence" data-testid="external-evidence-image">
        <img src={file.url} alt={t('externalCertificates.evidenceImage', { name: file.name })} style={{ maxWidth: '100%', height: 'auto' }} loading="lazy" />
      </figure>
    );
  }
  return (
    <p>
      <a href={file.url} data-testid="external-evidence-pdf">
        {t('externalCertificates.evidenceFileLink', { name: file.name })}
      </a>
    </p>
  );
}
