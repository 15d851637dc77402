import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countdownTone, formatCountdown, remainingMs, type ServerClock } from './server-clock';

export interface CountdownProps {
  deadline: string | null;
  clock: ServerClock;
  onTimeUp?(): void;
}

/** Time left to the server's deadline by the server's clock; says nothing for an untimed attempt. */
export function Countdown({ deadline, clock, onTimeUp }: CountdownProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(() => remainingMs(deadline, clock.now()));
  useEffect(() => {
    const tick = () => setLeft(remainingMs(deadline, clock.now()));
    tick();
    const timer = setInterval(tick, 500);
    return () => clearInterval(timer);
  }, [deadline, clock]);
  const over = left === 0;
  useEffect(() => {
    if (over) onTimeUp?.();
  }, [over]); // once, when the time runs out

  if (left === null) return <p className="hs-exam-countdown hs-muted">{t('exams.attempt.untimed')}</p>;
  const tone = countdownTone(left);
  const minutesLeft = Math.ceil(left / 60_000);
  return (
    <p className={`hs-exam-countdown hs-exam-countdown--${tone}`} data-testid="countdown" data-remaining-ms={left}>
      <span className="hs-visually-hidden">{t('exams.attempt.timeLeftLabel', { count: minutesLeft })}</span>
      <span aria-hidden="true">
        {t('exams.attempt.timeLeft')} <strong>{formatCountdown(left)}</strong>
      </span>
    </p>
  );
}
