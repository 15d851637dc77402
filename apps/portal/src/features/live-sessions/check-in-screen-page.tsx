import { useQuery } from '@apollo/client/react';
import { liveSessionCheckInCodeQuery } from '@hocso/portal-data-access';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';

/** The address a phone opens when it scans the code: the check-in page with the code filled in. */
function checkInUrl(sessionId: string, code: string): string {
  return `${window.location.origin}/sessions/${sessionId}/check-in?code=${code}`;
}

/**
 * The organiser's check-in screen, for a projector: a large QR code of the current check-in code and its six
 * digits, asked again when the server says the next one is due, with the count of people checked in.
 */
export function CheckInScreenPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(liveSessionCheckInCodeQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [qr, setQr] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const current = data?.liveSessionCheckInCode;

  useEffect(() => {
    if (!current) return;
    let cancelled = false;
    void QRCode.toString(checkInUrl(id, current.code), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (!cancelled) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    const due = new Date(current.refreshAt).getTime();
    const tick = () => setSecondsLeft(Math.max(0, Math.ceil((due - Date.now()) / 1000)));
    tick();
    const ticker = window.setInterval(tick, 1000);
    // Asked again a moment after the step changes (the clocks of the screen and the server may differ a little).
    const next = window.setTimeout(() => void refetch(), Math.max(due - Date.now(), 0) + 500);
    return () => {
      cancelled = true;
      window.clearInterval(ticker);
      window.clearTimeout(next);
    };
  }, [current, id, refetch]);

  const session = data?.liveSession;
  return (
    <section className="hs-check-in-screen" data-testid="check-in-screen">
      <QueryError error={error} />
      {session && <h1>{t('liveSessions.screen.title', { title: session.title })}</h1>}
      {qr && current && (
        <>
          <img className="hs-check-in-screen__qr" src={qr} alt={t('liveSessions.screen.qr')} data-testid="check-in-qr" data-code={current.code} />
          <p className="hs-check-in-screen__code" data-testid="check-in-screen-code" aria-live="polite">
            {current.code.slice(0, 3)} {current.code.slice(3)}
          </p>
          <p>{t('liveSessions.screen.instructions')}</p>
          <p className="hs-muted">{t('liveSessions.screen.refreshes', { seconds: secondsLeft })}</p>
        </>
      )}
      {session && <p data-testid="check-in-screen-count">{t('liveSessions.screen.attended', { attended: session.attendedCount, registered: session.registeredCount })}</p>}
    </section>
  );
}
