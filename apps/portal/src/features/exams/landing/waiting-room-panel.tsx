import { Button } from '@hocso/portal-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secondsUntil, type WaitingRoomTurn } from './waiting-room';
import { numberFormat } from '../../../shared/intl-formats';

export interface WaitingRoomPanelProps {
  turn: WaitingRoomTurn;
  /** A start is on its way: no second one is sent by the timer. */
  retrying: boolean;
  onRetry(): void;
}

/**
 * The learner's place in the exam's waiting room and the seconds before the page starts again by itself.
 * The place is announced politely once per refusal; the ticking seconds are a timer, not announced.
 */
export function WaitingRoomPanel({ turn, retrying, onRetry }: WaitingRoomPanelProps) {
  const { t, i18n } = useTranslation();
  const [nowMs, setNowMs] = useState(() => Date.now());
  const retry = useRef(onRetry);
  retry.current = onRetry;

  useEffect(() => {
    setNowMs(Date.now());
    const ticker = setInterval(() => setNowMs(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, [turn]);
  useEffect(() => {
    if (retrying) return;
    const timer = setTimeout(() => retry.current(), Math.max(0, turn.retryAtMs - Date.now()));
    return () => clearTimeout(timer);
  }, [turn, retrying]);

  const seconds = secondsUntil(turn, nowMs);
  return (
    <section className="hs-alert hs-alert--info hs-stack" aria-labelledby="exam-waiting-room-title" data-testid="exam-waiting-room">
      <div role="status" aria-live="polite" aria-atomic="true">
        <h3 id="exam-waiting-room-title">{t('exams.waitingRoom.title')}</h3>
        <p data-testid="exam-waiting-room-place">{t('exams.waitingRoom.place', { position: numberFormat(i18n.language).format(turn.position) })}</p>
        <p>{t('exams.waitingRoom.byItself')}</p>
      </div>
      <p role="timer" data-testid="exam-waiting-room-countdown">
        {retrying ? t('exams.waitingRoom.retrying') : t('exams.waitingRoom.retryIn', { count: seconds })}
      </p>
      <Button variant="secondary" fullWidth busy={retrying} onClick={onRetry} data-testid="exam-waiting-room-retry">
        {t('exams.waitingRoom.tryNow')}
      </Button>
    </section>
  );
}
